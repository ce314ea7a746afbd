/**
 * @module bench/observables-gold-generate
 * Writes test/fixtures/observables/gold.jsonl: real-world-shaped documents (threat-report prose,
 * phishing mails, scam chats, defanged feeds, IDN look-alike notices) with every indicator
 * labelled `{type, value}` by construction. Seeded: `npx tsx bench/observables-gold-generate.ts`
 * always writes the same file. Hand-written hard cases live beside it in hard-cases.jsonl.
 */
import { writeFileSync } from 'node:fs';
import * as V from './observables-gold-values.js';

interface Expected {
  type: string;
  value: string;
}
interface Doc {
  id: string;
  kind: string;
  region?: string;
  text: string;
  expected: Expected[];
}

const r = V.mulberry32(20261125);
const pools = V.walletPools();

/** A piece of text plus the labels it carries. */
type Slot = [string, Expected[]];

const DOT_STYLES = ['[.]', '(.)', '{.}', '[dot]', '(dot)', ' [.] ', '\u3002', '\\.'];
function defangHost(h: string): string {
  const st = V.pick(r, DOT_STYLES);
  return r() < 0.5 ? h.replace(/\.(?=[^.]+$)/, st) : h.split('.').join(st);
}
const maybe = (p: number): boolean => r() < p;

function domainSlot(defang = maybe(0.3)): Slot {
  const d = V.domain(r);
  return [defang ? defangHost(d) : d, [{ type: 'domain', value: d }]];
}
const PATHS = [
  '/login.php',
  '/wp-admin/css/update.html',
  '/invoice/INV-2024-0193.pdf',
  '/a/b?id=12&session=abc',
  '/download/setup.exe',
  '/?ref=mail',
  '/account/verify',
  '/secure/auth/index.html',
  '/gate.php',
  '/files/Payment_Details.zip',
  '/track?id=DE7741',
];
function urlSlot(defang = maybe(0.35)): Slot {
  const ipHost = maybe(0.15);
  const host = ipHost ? V.publicIp(r) : V.domain(r);
  const scheme = V.pick(r, ['http', 'https', 'https', 'https']);
  const port = maybe(0.1) ? `:${V.pick(r, ['8080', '8443', '443', '81'])}` : '';
  const path = maybe(0.15) ? `/dl/${V.hash(r, 32)}` : V.pick(r, PATHS);
  const value = `${scheme}://${host}${port}${path}`;
  let written = value;
  if (defang) {
    const sch =
      scheme === 'http' ? V.pick(r, ['hxxp', 'hXXp', 'h**p']) : V.pick(r, ['hxxps', 'hXXps', 'hxxps']);
    const sep = V.pick(r, ['://', '[://]', '[:]//']);
    written = `${sch}${sep}${ipHost ? host.replace(/\./g, '[.]') : defangHost(host)}${port}${path}`;
  }
  return [
    written,
    [
      { type: 'url', value },
      { type: ipHost ? 'ipv4' : 'domain', value: host },
    ],
  ];
}
function ipSlot(defang = maybe(0.3)): Slot {
  const ip = maybe(0.8) ? V.publicIp(r) : V.otherIp(r);
  return [defang ? ip.replace(/\./g, V.pick(r, ['[.]', '(.)', '[.]'])) : ip, [{ type: 'ipv4', value: ip }]];
}
function emailSlot(defang = maybe(0.25)): Slot {
  const e = V.email(r);
  if (!defang) return [e, [{ type: 'email', value: e }]];
  const [l, d] = e.split('@') as [string, string];
  return [
    `${l}${V.pick(r, ['[at]', '(at)', '[@]', ' AT ', ' [at] '])}${maybe(0.5) ? defangHost(d) : d}`,
    [{ type: 'email', value: e }],
  ];
}
const hashSlot = (type: string, n: number): Slot => {
  const h = V.hash(r, n);
  return [maybe(0.2) ? h.toUpperCase() : h, [{ type, value: h }]];
};
const cveSlot = (): Slot => {
  const c = `CVE-${V.int(r, 2014, 2025)}-${V.int(r, 1000, 52000)}`;
  return [c, [{ type: 'cve', value: c }]];
};
const attackSlot = (): Slot => {
  const t = maybe(0.5)
    ? `T${V.int(r, 1001, 1659)}`
    : `T${V.int(r, 1001, 1659)}.${String(V.int(r, 1, 12)).padStart(3, '0')}`;
  return [t, [{ type: 'attack', value: t }]];
};
const asnSlot = (): Slot => {
  const n = V.int(r, 1000, 399999);
  return [maybe(0.7) ? `AS${n}` : `ASN ${n}`, [{ type: 'asn', value: `AS${n}` }]];
};
const macSlot = (): Slot => {
  const b = Array.from({ length: 6 }, () => V.int(r, 0, 255).toString(16).padStart(2, '0'));
  return [b.join(maybe(0.5) ? ':' : '-'), [{ type: 'mac', value: b.join(':') }]];
};
const ipv6Slot = (): Slot => {
  const [w, c] = V.ipv6(r);
  return [w, [{ type: 'ipv6', value: c }]];
};
const onionSlot = (): Slot => {
  const o = `${Array.from({ length: 56 }, () => 'abcdefghijklmnopqrstuvwxyz234567'[V.int(r, 0, 31)]).join('')}.onion`;
  if (maybe(0.5)) return [o, [{ type: 'onion', value: o }]];
  return [
    `http://${o}/pay`,
    [
      { type: 'url', value: `http://${o}/pay` },
      { type: 'onion', value: o },
    ],
  ];
};
const walletSlot = (chain: string): Slot => {
  const [w, v] = V.pick(r, pools[chain] ?? []);
  return [w, [{ type: chain, value: v }]];
};
const phoneSlot = (): Slot => {
  const [w, v] = V.phone(r);
  return [w, [{ type: 'phone', value: v }]];
};
const ibanSlot = (): Slot => {
  const [w, v] = V.iban(r);
  return [w, [{ type: 'iban', value: v }]];
};
const bicSlot = (): Slot => {
  const b = V.pick(r, V.BICS);
  return [b, [{ type: 'bic', value: b }]];
};
const cardSlot = (): Slot => {
  const [w, v] = V.card(r);
  return [w, [{ type: 'card', value: v }]];
};
const tgSlot = (): Slot => {
  const h = `${V.pick(r, ['support', 'crypto', 'invest', 'admin', 'help', 'vip'])}_${V.pick(r, ['desk', 'team', 'signals', 'manager', 'official'])}${V.int(r, 1, 99)}`;
  if (maybe(0.5)) return [`@${h}`, [{ type: 'telegram', value: `@${h.toLowerCase()}` }]];
  const https = maybe(0.5);
  return [
    `${https ? 'https://' : ''}t.me/${h}`,
    [
      { type: 'telegram', value: `@${h.toLowerCase()}` },
      { type: 'url', value: `${https ? 'https://' : ''}t.me/${h}` },
      { type: 'domain', value: 't.me' },
    ],
  ];
};
const idnSlot = (): Slot => {
  const [w, v] = V.idnDomain(r);
  return [w, [{ type: 'domain', value: v }]];
};

const NEG_REPORT = [
  'The dropper is saved as invoice.pdf.exe in %TEMP%.',
  'It drops update.dll and setup.exe next to main.py.',
  'Affected versions: 1.2.3.4 through 1.2.3.9.',
  'The sample targets Windows 10.0.19045 and Chrome 120.0.6099.109.',
  'It calls System.Net.WebClient and os.path.join, e.g. in stage 2.',
  'See section 4.2.1 of the report.',
  'The OID 1.3.6.1.4.1.311.21.8 appears in the certificate.',
  'Version v2.10.4.1 added a new config format.',
  'The archive README.md describes install.sh usage.',
  'Build 22631.3296 was affected.',
];
const NEG_CHAT = [
  'Order #48213 ships tomorrow at 10:30.',
  'Price is 1.250,00 EUR or 1,250.00 USD.',
  'My account number ends in 4821.',
  'ok',
  'Ref 2024-03-15/77812',
  'Call me at 10:45 or 11:15?',
  'The code is 482913.',
  'thanks!!',
];
const REPORT_TPL: Array<[string, () => Slot]> = [
  ['The actor registered {} in March and staged a second payload there.', () => domainSlot()],
  ['C2 traffic was observed to {}.', () => urlSlot()],
  ['The loader (MD5 {}) connects to the panel over TCP/443.', () => hashSlot('md5', 32)],
  ['SHA-1: {}', () => hashSlot('sha1', 40)],
  ['The SHA-256 of the dropper is {}.', () => hashSlot('sha256', 64)],
  ['SHA512 {} was shared by a partner CERT.', () => hashSlot('sha512', 128)],
  ['Beaconing to {} every 60 seconds was seen in proxy logs.', () => ipSlot()],
  ['Exploitation of {} was observed in the wild.', () => cveSlot()],
  ['The implant maps to {} in MITRE ATT&CK.', () => attackSlot()],
  ['Infrastructure is hosted in {} (Example Hosting Ltd).', () => asnSlot()],
  [
    'The ransom note asks for payment to {} within 72 hours.',
    () => walletSlot(V.pick(r, ['btc', 'btc', 'xmr'])),
  ],
  ['A Tor mirror is at {}.', () => onionSlot()],
  ['Infected hosts had the MAC address {} on their VPN adapter.', () => macSlot()],
  ['IPv6 infrastructure: {} (same provider).', () => ipv6Slot()],
  ['Phishing mails came from {}.', () => emailSlot()],
  ['Payload download: {}', () => urlSlot(true)],
];

function fill(tpl: string, s: Slot, exp: Expected[]): string {
  exp.push(...s[1]);
  return tpl.replace('{}', s[0]);
}

function report(i: number): Doc {
  const exp: Expected[] = [];
  const parts: string[] = [];
  for (let k = V.int(r, 5, 9); k > 0; k--) {
    const [tpl, slot] = V.pick(r, REPORT_TPL);
    parts.push(fill(tpl, slot(), exp));
    if (maybe(0.35)) parts.push(V.pick(r, NEG_REPORT));
  }
  return {
    id: `report-${i}`,
    kind: 'threat-report',
    text: parts.join(maybe(0.5) ? ' ' : '\n'),
    expected: exp,
  };
}

const BRANDS = [
  'PayPal',
  'DHL Express',
  'Microsoft 365',
  'Sparkasse',
  'Amazon',
  'Netflix',
  'HMRC',
  'Apple ID',
];
function phishing(i: number): Doc {
  const exp: Expected[] = [];
  const from = emailSlot(false);
  const reply = emailSlot(false);
  const lines = [
    `From: ${V.pick(r, BRANDS)} <${from[0]}>`,
    `Reply-To: ${reply[0]}`,
    `Subject: Action required: verify your account`,
    '',
  ];
  exp.push(...from[1], ...reply[1]);
  lines.push(
    'Dear customer,',
    '',
    fill(
      'We detected unusual activity. Please verify your account at {} within 24 hours.',
      urlSlot(false),
      exp,
    ),
  );
  if (maybe(0.6)) lines.push(fill('If you did not request this, call our fraud line: {}.', phoneSlot(), exp));
  if (maybe(0.4)) lines.push(fill('Alternatively reply to {}', emailSlot(false), exp));
  if (maybe(0.3)) lines.push(fill('Mirror: {}', urlSlot(false), exp));
  lines.push('', 'Attachment: Invoice_2024-0417.pdf', 'Kind regards,', 'Customer Service Team');
  return { id: `phish-${i}`, kind: 'phishing-mail', text: lines.join('\n'), expected: exp };
}

const CHAT_TPL: Array<[string, () => Slot]> = [
  ['Pay the deposit to IBAN {} please', () => ibanSlot()],
  ['BIC: {}', () => bicSlot()],
  ['or send BTC to {}', () => walletSlot('btc')],
  ['USDT TRC20 address: {}', () => walletSlot('trx')],
  ['ETH / USDT ERC20: {}', () => walletSlot('eth')],
  ['LTC is cheaper: {}', () => walletSlot('ltc')],
  ['we also take DOGE {}', () => walletSlot('doge')],
  ['BCH: {}', () => walletSlot('bch')],
  ['XRP {}', () => walletSlot('xrp')],
  ['Monero only for VIP: {}', () => walletSlot('xmr')],
  ['Solana (SOL) wallet {}', () => walletSlot('sol')],
  ['add me on Telegram {}', () => tgSlot()],
  ['WhatsApp me on {}', () => phoneSlot()],
  ['my card is {} exp 09/27', () => cardSlot()],
  ['the platform is {}', () => urlSlot(false)],
];
function chat(i: number): Doc {
  const exp: Expected[] = [];
  const lines: string[] = [];
  const who = V.pick(r, ['Anna', 'Mark (Manager)', 'Support', 'Lisa']);
  for (let k = V.int(r, 4, 8); k > 0; k--) {
    const t = `[${String(V.int(r, 8, 22)).padStart(2, '0')}:${String(V.int(r, 0, 59)).padStart(2, '0')}]`;
    if (maybe(0.3)) lines.push(`${t} Victim: ${V.pick(r, NEG_CHAT)}`);
    const [tpl, slot] = V.pick(r, CHAT_TPL);
    const s = slot();
    if (tpl.startsWith('BIC')) {
      const ib = ibanSlot();
      lines.push(`${t} ${who}: IBAN ${ib[0]}`);
      exp.push(...ib[1]);
    }
    lines.push(`${t} ${who}: ${fill(tpl, s, exp)}`);
  }
  return { id: `chat-${i}`, kind: 'scam-chat', text: lines.join('\n'), expected: exp };
}

function feed(i: number): Doc {
  const exp: Expected[] = [];
  const lines = ['indicator,type,comment'];
  for (let k = V.int(r, 6, 12); k > 0; k--) {
    const [slot, t] = V.pick(r, [
      [() => urlSlot(true), 'url'],
      [() => domainSlot(true), 'domain'],
      [() => ipSlot(true), 'ip'],
      [() => hashSlot('sha256', 64), 'sha256'],
      [() => hashSlot('md5', 32), 'md5'],
      [() => emailSlot(true), 'email'],
      [() => ipv6Slot(), 'ipv6'],
    ] as Array<[() => Slot, string]>);
    const s = slot();
    exp.push(...s[1]);
    lines.push(`${s[0]},${t},${V.pick(r, ['c2', 'phishing', 'payload', 'scanner'])}`);
  }
  return { id: `feed-${i}`, kind: 'defanged-feed', text: lines.join('\n'), expected: exp };
}

function idn(i: number): Doc {
  const exp: Expected[] = [];
  const parts = ['Look-alike domains registered this week:'];
  for (let k = V.int(r, 2, 4); k > 0; k--)
    parts.push(fill('- {}', maybe(0.7) ? idnSlot() : domainSlot(false), exp));
  return { id: `idn-${i}`, kind: 'idn-notice', text: parts.join('\n'), expected: exp };
}

function national(i: number): Doc {
  const [w, v, cc] = V.nationalPhone(r);
  return {
    id: `national-${i}`,
    kind: 'scam-chat',
    region: cc,
    text: `Ruf mich an / call me: ${w} (ab 18 Uhr)`,
    expected: [{ type: 'phone', value: v }],
  };
}

const docs: Doc[] = [];
for (let i = 0; i < 110; i++) docs.push(report(i));
for (let i = 0; i < 90; i++) docs.push(phishing(i));
for (let i = 0; i < 150; i++) docs.push(chat(i));
for (let i = 0; i < 60; i++) docs.push(feed(i));
for (let i = 0; i < 25; i++) docs.push(idn(i));
for (let i = 0; i < 20; i++) docs.push(national(i));
writeFileSync('test/fixtures/observables/gold.jsonl', `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`);
const n = docs.reduce((a, d) => a + d.expected.length, 0);
process.stderr.write(`wrote ${docs.length} documents, ${n} labelled indicators\n`);
