/**
 * @module samples/tools/mail/cert-report
 * A legitimate CERT advisory forwarded internally, with defanged indicators from several
 * campaigns (hxxp, [.], [at], [@]), ATT&CK ids and the SHA-256 of the lure PDF. It is ham and
 * belongs to no campaign even though it shares their indicators: a clustering trap.
 */
import type { MailSpec } from '../lib/mail-spec.js';
import { internalHops, NW, PASS, WALLET } from './infra.js';
import { lurePdf, sha256Hex } from './pdfs.js';

function defang(s: string): string {
  return s.replace(/\./g, '[.]');
}

/** The forwarded advisory. */
export function certReport(): MailSpec {
  return {
    key: 'cert-advisory-fwd',
    kind: 'ham',
    lang: 'en',
    date: '2026-02-26T13:04:27Z',
    tz: '+0100',
    from: NW.nowak,
    to: [NW.weber, NW.accounts, NW.info],
    returnPath: NW.nowak.addr,
    subject: 'Fwd: [CERT-EX 2026-014] Phishing waves against PayPal and Sparkasse customers',
    text: `FYI - please do not click any of the links below, they are defanged on purpose.
If you received one of these, report it to it-security@example.com and delete it.

Tomasz

---------- Forwarded message ---------
From: CERT-EX Advisories <advisories@cert.example.org>
Date: Thu, 26 Feb 2026 11:30:00 +0100
Subject: [CERT-EX 2026-014] Phishing waves against PayPal and Sparkasse customers
To: members@cert.example.org

TLP:CLEAR

Summary
Since early February we observe two credential-phishing waves and a bulk
extortion run, sent from hosts in 203.0.113.0/24 and 198.51.100.0/24.

Indicators (defanged)
  hxxps://paypa1-secure[.]com/verify/session?id=7f3a91c2e4
  hxxps://paypal[.]com[.]secure-login[.]example-verify[.]xyz/verify/session
  hXXps://xn--pypal-4ve[.]com/verify/session
  hxxps://xn--sprkasse-26g[.]de/pushtan/aktualisierung
  sparkasse-pushtan-update[.]com
  s-kundenportal-sicherheit[.]top
  hxxps://docs-secure-viewer[.]web[.]app/o365/login
  support[at]paypa1-secure[.]com
  kundenservice[@]sparkasse-pushtan-update[.]com
  ${defang('203.0.113.45')}, ${defang('203.0.113.46')}, ${defang('198.51.100.23')}
  Fake bank hotline: +49 30 23125 471
  Extortion BTC wallet: ${WALLET.btcSextortion}
  Lure attachment Rechnung_2026-0417.pdf
    SHA-256 ${sha256Hex(lurePdf())}

Techniques: T1566.002 (Spearphishing Link), T1566.001 (Spearphishing
Attachment), T1598.003.

Recommendations
Block the domains and IP addresses above at the mail gateway and proxy, and
remind staff that banks never ask to "update pushTAN" via a link.

--
CERT-EX, 24/7 duty officer: +44 20 7946 0000
`,
    hops: internalHops(),
    auth: PASS,
  };
}
