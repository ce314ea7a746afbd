import { describe, expect, it } from 'vitest';
import { contentSignals, garbledCharset, looksLikePhone, smsSegmentFill } from './content-signals.js';
import { authenticatedSender, headerSignals } from './header-signals.js';
import { htmlSignals } from './html-signals.js';
import { linkSignals, senderDomainRisk } from './link-signals.js';

const names = (hits: { name: string }[]): string[] => hits.map((h) => h.name).sort();

describe('link signals', () => {
  it('flags IP hosts, shorteners, punycode, risky TLDs and brands on foreign hosts', () => {
    const n = names(
      linkSignals(
        'go http://192.168.4.2/login and https://bit.ly/abc and http://xn--pypal-4ve.com and https://paypal.com.secure-login.xyz/x',
        undefined,
      ),
    );
    expect(n).toEqual(
      expect.arrayContaining([
        'link',
        'link-ip-host',
        'link-shortener',
        'link-punycode-or-mixed-script',
        'link-risky-tld',
        'link-brand-in-foreign-host',
        'link-lure-words-in-host',
      ]),
    );
  });
  it('flags an anchor whose text names another host than its target', () => {
    const n = names(linkSignals('', '<a href="http://evil.example.net/x">https://www.paypal.com/signin</a>'));
    expect(n).toContain('link-anchor-mismatch');
  });
  it('gives nothing for a plain brand link', () => {
    expect(names(linkSignals('see https://www.paypal.com/help', undefined))).toEqual(['link']);
  });
  it('flags a publisher sub-domain on free hosting, a tunnel or dynamic DNS', () => {
    for (const url of [
      'https://docs-secure-viewer.web.app/o365/login',
      'https://review-invoice.pages.dev/',
      'http://a1b2-203-0-113-7.ngrok-free.app/login',
      'https://my-parcel.weebly.com/track',
      'http://hlc.no-ip.org/',
    ]) {
      expect(names(linkSignals(url, undefined)), url).toContain('link-free-hosting');
    }
  });
  it('leaves blogs, CDNs, shared documents and the platforms themselves alone', () => {
    for (const url of [
      'https://acme.github.io/docs/',
      'https://team.wordpress.com/2026/03/notes',
      'https://d1a2b3c4.cloudfront.net/newsletter/march.html',
      'https://docs.google.com/document/d/1abc/edit',
      'https://sites.google.com/view/chess-club',
      'https://web.app/',
      'https://www.netlify.com/blog/',
      'https://app.netlify.com/sites/acme/deploys',
      'https://support.wix.com/en/article/x',
    ]) {
      expect(names(linkSignals(url, undefined)), url).not.toContain('link-free-hosting');
    }
  });
});

describe('content signals', () => {
  it('reads a masked address as no contact channel (issue 5)', () => {
    const masked = contentSignals('New sign-in to your account l*****n@example.net from Windows');
    expect(names(masked)).not.toContain('email-address-in-body');
    const starred = contentSignals('Storage full: *jose@example.org, write to help@example.org');
    expect(starred.find((s) => s.name === 'email-address-in-body')?.value).toBe(Math.log2(3));
  });
  it('reads the short-code instruction of machine-translated SMS spam, verb first or last', () => {
    const shortcode = (t: string): boolean =>
      names(contentSignals(t, true)).includes('premium-sms-shortcode');
    expect(shortcode('Envoyez OUI au 85023 maintenant !')).toBe(true);
    expect(shortcode('Envoyez son prénom par SMS au 82277.')).toBe(true);
    expect(shortcode('Envie SAIR para 40404 e ganhe')).toBe(true);
    expect(shortcode('अभी 85023 पर YES टेक्स्ट करें!')).toBe(true);
    // Google Translate's literal Hindi: "87121 to FA text".
    expect(shortcode('प्रवेश प्रश्न प्राप्त करने के लिए 87121 को एफए पाठ')).toBe(true);
    expect(shortcode("Katılmak için 87121'e KAZAN yazıp gönderin")).toBe(true);
    expect(shortcode("Hemen KAZAN yazıp 4455'e GÖNDERİN!")).toBe(true);
    expect(shortcode('मैं 2015 को दिल्ली आया था, वहाँ से एक पाठ भेजा')).toBe(false);
    expect(shortcode('मैंने 5 मार्च 2025 को पैसे भेजे थे')).toBe(false);
    expect(shortcode('Rendez-vous au 12 rue de la Paix à 1930')).toBe(false);
  });
  it('reads Indonesian amounts written in thousands or millions of rupiah, not base64 runs', () => {
    const money = (t: string): boolean => names(contentSignals(t, true)).includes('money-amount');
    expect(money('Tolong kirim pulsa 100rb ke nomor ini sekarang')).toBe(true);
    expect(money('Pinjaman cair 5 jt tanpa jaminan')).toBe(true);
    expect(money('Rp 25.000.000 untuk pemenang')).toBe(true);
    expect(money('wJ8dXLxMnldgSW9+zcf7R6se3nZ 2n95JT/eIfunb/nN pLH9qxCVKkIZ3G9z/0jt')).toBe(false);
  });
  it('finds phones, premium short codes, money, crypto addresses', () => {
    const n = names(
      contentSignals(
        'Call 09061701461 or text WIN to 87121. Send $2,500 to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
      ),
    );
    expect(n).toEqual(
      expect.arrayContaining(['phone-number', 'premium-sms-shortcode', 'money-amount', 'crypto-address']),
    );
  });
  it('reads masked digits as a phone number', () => {
    expect(names(contentSignals('咨询热线xxxxxxxxxxx'))).toContain('phone-number');
  });
  it('reads short masks in front of a currency as an amount, and not elsewhere', () => {
    expect(names(contentSignals('实付满xxx送x，只需预存xx元立享'))).toContain('money-amount');
    expect(names(contentSignals('a 3 x 4 grid, x-ray, box'))).not.toContain('money-amount');
  });
  it('does not call references, grouped amounts or bare account numbers phone numbers', () => {
    for (const s of ['2026-014', '2026-0188', '4 850 000', '4.850.000,00', '40718917'])
      expect(looksLikePhone(s)).toBe(false);
    for (const s of ['+49 30 23125 100', '09061701461', '(555) 123-4567', '0044 20 7946 0958'])
      expect(looksLikePhone(s)).toBe(true);
    expect(names(contentSignals('Advisory 2026-014, case 40718917, EUR 4 850 000'))).not.toContain(
      'phone-number',
    );
  });
  it('does not call a parcel tracking number a phone number (issue 5)', () => {
    // A DHL piece code: 20 digits, with a 00 that reads as a dialling prefix.
    for (const s of ['00340434161094042557', '1234567890123456', '+12345678901234567'])
      expect(looksLikePhone(s)).toBe(false);
    expect(names(contentSignals('Ihre Sendung 00340434161094042557 wird heute zugestellt.'))).not.toContain(
      'phone-number',
    );
    // E.164 allows 15 digits, with or without separators and a + or 00 country prefix.
    for (const s of [
      '+441632960961',
      '004930123456789',
      '+1 (808) 555-0143',
      '555.123.4567',
      '01 84 88 42 17',
    ])
      expect(looksLikePhone(s)).toBe(true);
    for (const t of ['Call +44 20 7946 0321 now', 'Tel. 0049 30 1234 5678', 'Hotline: 1.800.555.1234'])
      expect(names(contentSignals(t))).toContain('phone-number');
  });
  it('does not call a date a phone number', () => {
    expect(names(contentSignals('see you on 12/11/2026'))).not.toContain('phone-number');
  });
  it('does not call table columns or lists of decimals phone numbers', () => {
    for (const s of ['0.01    19  3559', '0.000  10.413', '8542.48 69.37', '1.398 5.206 1.398'])
      expect(looksLikePhone(s)).toBe(false);
    expect(looksLikePhone('952-225.4200')).toBe(true);
  });
  it('does not call a long decimal, or the tail of a number or time, a phone number', () => {
    // From SpamAssassin technical posts (ham) and a log line.
    for (const s of ['0.999632042904', '2.10084033613', '1033565902.186041', '0.0216278'])
      expect(looksLikePhone(s)).toBe(false);
    expect(names(contentSignals('prob = 0.999632042904, false positive: 2.10084033613'))).not.toContain(
      'phone-number',
    );
    expect(names(contentSignals('Aug 26 10:28:09.225237 check[3469]: Logging initiated'))).not.toContain(
      'phone-number',
    );
    // Too long for the pattern whole, so it used to take the fractional part alone.
    expect(names(contentSignals('x = 12345678901.1234567, y = 123.01234567890123456789'))).not.toContain(
      'phone-number',
    );
    expect(names(contentSignals('Hong Kong office: 2345-6789'))).toContain('phone-number');
    // Dotted and trunk-prefixed phones stay phones, and so does one written after a sentence.
    for (const s of [
      '555.123.4567',
      '1.800.555.1234',
      '02.12345678',
      '030.1234567',
      '+49 30 1234567',
      '02.123.45.67',
    ])
      expect(looksLikePhone(s)).toBe(true);
    for (const t of ['Call 555.123.4567 now', 'Tel. +49 30 1234567', 'Version 2.0: call 0301234567'])
      expect(names(contentSignals(t))).toContain('phone-number');
  });
  it('does not read the groups of an IBAN in paper format as a phone number', () => {
    for (const t of [
      'A taxa deve ser paga para o IBAN:\nPT50 0035 0001 0001 2345 6780 5',
      'IBAN DE89 3704 0044 0532 0130 00',
      'Konto: GB33 BUKB 2020 1555 5555 55',
    ])
      expect(names(contentSignals(t)), t).not.toContain('phone-number');
    expect(names(contentSignals('IBAN PT50 0035 0001 0001 2345 6780 5, Tel. 0035 1 21 555 0142'))).toContain(
      'phone-number',
    );
  });
  it('finds a valid IBAN in a text or chat message, not in mail, and not a bad check digit', () => {
    const hit = (t: string, smsLike = true) =>
      contentSignals(t, smsLike).find((s) => s.name === 'iban-in-text');
    expect(hit('Kannst du mir 1.380 EUR überweisen? IBAN DE78 1001 1001 2626 7183 49')?.evidence).toBe(
      'DE78100110012626718349',
    );
    expect(hit('pay 845.20 to gb33bukb20201555555555 today')?.evidence).toBe('GB33BUKB20201555555555');
    expect(hit('Bankverbindung: IBAN DE78 1001 1001 2626 7183 49', false)).toBeUndefined();
    expect(hit('Pay to DE00 1234 5678 9012 3456 78 today')).toBeUndefined();
    expect(hit('Flight LH12 lands at gate DE44')).toBeUndefined();
  });
  it('does not call an address the text labels as IP a phone number (sign-in alerts)', () => {
    for (const t of [
      'Browser: Edge\nIP address: 203.0.113.58\nDate: 5 March 2026',
      'IP-Adresse: 198.51.100.7',
      'Adresse IP : 192.0.2.14 (Paris)',
      'Dirección IP: 10.0.0.1',
    ])
      expect(names(contentSignals(t))).not.toContain('phone-number');
    // Unlabelled, a dotted quad still reads as a phone (spam's bare IP links), and a phone after
    // the label is still one.
    expect(names(contentSignals('see 203.0.113.58 for details'))).toContain('phone-number');
    expect(names(contentSignals('IP telephony hotline: 555.123.4567'))).toContain('phone-number');
  });
  it('flags mis-decoded text but not accented words', () => {
    expect(garbledCharset('> >µ×è¹µÑÇ ¡ÑºâÅ¡¸ØÃ¡Ô¨º¹ÍÔ¹àµÍÃìà¹çµ >àµÃÕÂÁµÑÇ')).not.toBe('');
    expect(garbledCharset('Art\ufffdk t\ufffdm haberleri tek siteden takip edebileceksiniz \ufffd')).not.toBe(
      '',
    );
    expect(garbledCharset('Grüße aus Köln, à bientôt, señor, Ærøskøbing, Þórður')).toBe('');
  });
  it('measures how much of one SMS segment a short text fills (70 characters for Chinese)', () => {
    expect(smsSegmentFill('x'.repeat(80))).toBeCloseTo(0.5);
    expect(smsSegmentFill('优'.repeat(35))).toBeCloseTo(0.5);
    expect(smsSegmentFill('안'.repeat(35))).toBeCloseTo(0.5);
    // Alphabets and abugidas outside Latin-1 say about as much per character as English: 160.
    const hindi = 'मैं ट्रेन में हूँ, 20 मिनट में पहुँचूँगा। स्टेशन पर मिलना।';
    expect(smsSegmentFill(hindi)).toBeCloseTo(hindi.length / 160);
    expect(smsSegmentFill('Привет! Я задержусь на работе, буду дома в восемь.')).toBeLessThan(0.35);
    expect(smsSegmentFill('Don’t forget the keys 🙂')).toBeCloseTo(23 / 160, 1);
    expect(smsSegmentFill('x'.repeat(200))).toBe(1);
    expect(smsSegmentFill('x'.repeat(400))).toBe(0);
    expect(names(contentSignals('x'.repeat(80)))).not.toContain('fills-sms-segment');
    expect(names(contentSignals('x'.repeat(80), true))).toContain('fills-sms-segment');
  });
  it('counts a filled segment in full only around a way to act, except in the dense scripts', () => {
    const fill = (t: string): number =>
      contentSignals(t, true).find((h) => h.name === 'fills-sms-segment')?.value ?? 0;
    // A long everyday text: no number of two digits, no link, no address.
    const joke =
      'आत्मविश्वास की पराकाष्ठा: सभी प्रोफेसरों को एक हवाई जहाज में बैठने के लिए कहा गया। बैठने के बाद उन्हें बताया गया कि विमान उनके छात्रों ने बनाया है। सब बाहर निकल गए';
    expect(fill(joke)).toBeCloseTo(smsSegmentFill(joke) / 2);
    expect(fill(`${joke} 09061701461`)).toBeCloseTo(smsSegmentFill(`${joke} 09061701461`));
    expect(fill(`${joke} https://example.org/x`)).toBeCloseTo(
      smsSegmentFill(`${joke} https://example.org/x`),
    );
    // A single digit is a time or a "2 u", not a way to act.
    const plea =
      'Can you call me plz. Your number shows out of coverage area. I have urgnt call in vasai and have to reach before 4 so call me plz';
    expect(fill(plea)).toBeCloseTo(plea.length / 160 / 2);
    // Chinese retail adverts seldom carry a number (and the source masks digits): length alone.
    const advert =
      '亲，奇奇屋春季登场。快来抢购啊，八折起价。各位亲们，本店新品上市，欢迎选购，欢迎各位朋友光临！';
    expect(fill(advert)).toBeCloseTo(smsSegmentFill(advert));
  });
});

describe('header and html signals', () => {
  it('flags Reply-To / Return-Path mismatch, auth failure and brand display names', () => {
    const n = names(
      headerSignals(
        '"PayPal Service" <x@mailer.ru>',
        ['help@gmail.com'],
        [
          { name: 'Return-Path', value: '<b@bulk.example>' },
          { name: 'Authentication-Results', value: 'mx; spf=fail smtp.mailfrom=mailer.ru' },
        ],
      ),
    );
    expect(n).toEqual(
      expect.arrayContaining([
        'reply-to-mismatch',
        'return-path-mismatch',
        'auth-results-fail',
        'display-name-brand-mismatch',
      ]),
    );
  });
  it('flags bulk-mailer header traits and throw-away sender addresses', () => {
    const hits = headerSignals('"news@other.example" <yhdiana99b@lycos.com>', undefined, [
      { name: 'To', value: 'Undisclosed-Recipient:;' },
      { name: 'X-Priority', value: '1 (Highest)' },
      { name: 'Date', value: 'Fri, 20 Sep 2002 14:03:11' },
    ]);
    const bulk = hits.find((h) => h.name === 'header-bulk-forgery');
    expect(bulk?.evidence.split('; ')).toHaveLength(4);
    expect(names(hits)).toContain('sender-address-digits');
    const clean = headerSignals('Anna Berg <anna.berg@example.com>', undefined, [
      { name: 'To', value: 'team@example.com' },
      { name: 'Date', value: 'Fri, 20 Sep 2002 14:03:11 +0200 (CEST)' },
    ]);
    expect(names(clean)).toEqual([]);
  });
  it('reads list headers as a list only when no authentication failed (issue 5)', () => {
    const list = { name: 'List-Unsubscribe', value: '<https://loans.example/unsubscribe?id=4>' };
    expect(names(headerSignals('Loans <offer@loans.example>', undefined, [list]))).toContain(
      'has-list-headers',
    );
    const failed = { name: 'Authentication-Results', value: 'mx.example; spf=softfail; dmarc=fail' };
    const n = names(headerSignals('Loans <offer@loans.example>', undefined, [failed, list]));
    expect(n).toContain('auth-results-fail');
    expect(n).not.toContain('has-list-headers');
    const oneClick = { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' };
    expect(names(headerSignals('Deals <deals@loans.example>', undefined, [list, oneClick]))).not.toContain(
      'has-list-headers',
    );
  });
  it('says nothing about messages without headers', () => {
    expect(headerSignals(undefined, undefined, undefined)).toEqual([]);
  });
  it('finds header fields by name in any letter case, and only by their own name', () => {
    const hits = names(
      headerSignals('Anna Berg <anna@example.com>', undefined, [
        { name: 'LIST-ID', value: '<news.example.com>' },
        { name: 'return-PATH', value: '<b@bulk.example>' },
      ]),
    );
    expect(hits).toEqual(expect.arrayContaining(['has-list-headers', 'return-path-mismatch']));
    // Apart: a recorded failure withdraws the list headers' evidence (see the test above).
    const failed = headerSignals('Anna Berg <anna@example.com>', undefined, [
      { name: 'AUTHENTICATION-results', value: 'mx; dkim=fail header.d=example.com' },
    ]);
    expect(names(failed)).toContain('auth-results-fail');
    // Names that only begin or end like one, or lower-case to something longer (İ), are others.
    const others = headerSignals('Anna Berg <anna@example.com>', undefined, [
      { name: 'List-Idx', value: '<news.example.com>' },
      { name: 'X-Return-Path', value: '<b@bulk.example>' },
      { name: 'Lİst-Id', value: '<news.example.com>' },
    ]);
    expect(names(others)).toEqual([]);
  });
  it('flags hidden text and forms', () => {
    const n = names(
      htmlSignals('<div style="display:none">x</div><form action=x><input type="password"></form>', true),
    );
    expect(n).toEqual(['html-form', 'html-hidden-text']);
  });
  it('flags shouting fonts and mails that are mostly pictures', () => {
    const n = names(
      htmlSignals(
        '<font size="+5">WIN</font><img src="http://x.example/offer.gif"><a href="x">remove</a>',
        false,
      ),
    );
    expect(n).toEqual(['html-big-font', 'html-image-heavy', 'html-only']);
    const letter = `<p>${'A long newsletter paragraph with words. '.repeat(20)}</p><img src="logo.png">`;
    expect(names(htmlSignals(letter, true))).toEqual([]);
  });
});

describe('legitimate-mail evidence and executive impersonation (issue 5)', () => {
  const auth = (d: string) => ({
    name: 'Authentication-Results',
    value: `mx.example; spf=pass smtp.mailfrom=${d}; dkim=pass header.d=${d}; dmarc=pass header.from=${d}`,
  });
  it('says authenticated-sender only when nothing in the headers contradicts it', () => {
    expect(names(headerSignals('Shop <orders@shop.example>', undefined, [auth('shop.example')]))).toEqual([
      'authenticated-sender',
    ]);
    // Free mail passes DMARC for anyone; a Reply-To elsewhere contradicts it.
    expect(
      names(headerSignals('Boss <boss.office@gmail.com>', undefined, [auth('gmail.com')])),
    ).not.toContain('authenticated-sender');
    expect(
      names(headerSignals('Shop <orders@shop.example>', ['x@other.example'], [auth('shop.example')])),
    ).not.toContain('authenticated-sender');
  });
  it("reads the receiving server's Authentication-Results in real-world forms", () => {
    const from = 'PayPal <service@paypal.com>';
    const ar = (value: string) => ({ name: 'Authentication-Results', value });
    // Gmail: comments between result and property, DKIM identity as header.i=@domain.
    expect(
      authenticatedSender(from, [
        ar(
          'mx.google.com; dkim=pass header.i=@paypal.com header.s=pp-dkim1 header.b=AbCd; spf=pass (google.com: domain of x@paypal.com designates 192.0.2.1 as permitted sender) smtp.mailfrom=x@paypal.com',
        ),
      ]),
    ).toBe('dkim=pass header.i=@paypal.com');
    // Exchange Online: no authserv-id, `action=` before header.from.
    expect(
      authenticatedSender(from, [
        ar(
          'spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=mail.paypal.com; dmarc=pass action=none header.from=paypal.com',
        ),
      ]),
    ).toBe('dmarc=pass header.from=paypal.com');
    // DKIM signed by a subdomain vouches for the registrable From domain.
    expect(
      authenticatedSender(from, [ar('mx.example; dkim=pass (2048-bit key) header.d=em.paypal.com')]),
    ).toBe('dkim=pass header.d=em.paypal.com');
    // Signed by the sending platform only: not the From domain.
    expect(authenticatedSender(from, [ar('mx.example; dkim=pass header.d=esp.example.net')])).toBeUndefined();
  });
  it('trusts only the topmost authserv-id, never ARC results, and any failure withdraws it', () => {
    const from = 'IT <it@example.com>';
    const top = { name: 'Authentication-Results', value: 'mx.example.com; spf=none; dkim=none; dmarc=none' };
    const forged = {
      name: 'Authentication-Results',
      value: 'mail.example.com; dmarc=pass header.from=example.com',
    };
    expect(authenticatedSender(from, [top, forged])).toBeUndefined();
    const relay = { name: 'Authentication-Results', value: 'mx.example.com; dkim=pass header.d=example.com' };
    expect(authenticatedSender(from, [top, relay])).toBe('dkim=pass header.d=example.com');
    const arc = {
      name: 'ARC-Authentication-Results',
      value: 'i=1; mx.example.com; dmarc=pass header.from=example.com',
    };
    expect(authenticatedSender(from, [arc])).toBeUndefined();
    const fail = { name: 'Authentication-Results', value: 'mx.example.com; dkim=fail header.d=example.com' };
    expect(authenticatedSender(from, [relay, fail])).toBeUndefined();
  });
  it("withholds authenticated-sender from a domain that looks like a kit's", () => {
    for (const d of ['paypa1-secure.com', 'rnicrosoft.com', 'paypal-help.com', 'docs-center.xyz'])
      expect(names(headerSignals(`Service <no-reply@${d}>`, undefined, [auth(d)]))).not.toContain(
        'authenticated-sender',
      );
    // Brands of 3 letters count as a whole token of the sender's domain (ING bank, held-out fixture).
    expect(senderDomainRisk('ing-zakelijk-portaal.nl')).toBe(
      'link-brand-in-foreign-host: ing-zakelijk-portaal.nl',
    );
    expect(senderDomainRisk('track-dhl.com')).toBe('link-brand-in-foreign-host: track-dhl.com');
    expect(senderDomainRisk('ups-de1ivery.com')).toBe('link-brand-in-foreign-host: ups-de1ivery.com');
    expect(senderDomainRisk('paypa1.com')).toBe('look-alike of paypal: paypa1.com');
    expect(senderDomainRisk('paypal.com')).toBeUndefined();
  });
  it('matches a short brand in a display name as a whole word, as in hosts (issue 5)', () => {
    for (const from of [
      'ING <klantenservice@mijnbeveiliging-online.nl>',
      '"DHL Express" <notice@parcel.example>',
    ])
      expect(names(headerSignals(from, undefined, []))).toContain('display-name-brand-mismatch');
    for (const from of [
      '"Shipping Department" <orders@shop.example>',
      '"Groups Admin" <admin@lists.example>',
      '"DHL Paket" <noreply@dhl.de>',
      '"ING" <info@ing.nl>',
    ])
      expect(names(headerSignals(from, undefined, []))).not.toContain('display-name-brand-mismatch');
  });
  it('matches a token-only brand as a whole word of the host or display name (issue 5)', () => {
    expect(names(linkSignals('https://ameli-remboursement.fr/dossier', undefined))).toContain(
      'link-brand-in-foreign-host',
    );
    for (const url of [
      'https://www.amelie-boutique.fr/',
      'https://camelia-hotel.com/',
      'https://www.ameli.fr/',
    ])
      expect(names(linkSignals(url, undefined))).not.toContain('link-brand-in-foreign-host');
    expect(names(headerSignals('"Ameli" <remboursement@secu-info.fr>', undefined, []))).toContain(
      'display-name-brand-mismatch',
    );
    expect(names(headerSignals('"Amelie Martin" <amelie.martin@example.fr>', undefined, []))).toEqual([]);
  });
  it("takes a brand's national and regional domains for its own, not a kit's (issue 5)", () => {
    for (const d of [
      'paypal.de',
      'amazon.it',
      'santander.es',
      'sparkasse-koelnbonn.de',
      'sparkasse-hannover.de',
    ]) {
      expect(senderDomainRisk(d)).toBeUndefined();
      const n = names(headerSignals(`Brand Service <noreply@${d}>`, undefined, [auth(d)]));
      expect(n).toContain('authenticated-sender');
    }
    expect(
      names(headerSignals('Sparkasse KölnBonn <noreply@sparkasse-koelnbonn.de>', undefined, [])),
    ).toEqual([]);
    // The same pattern on a domain no savings bank owns stays a kit's.
    expect(senderDomainRisk('sparkasse-kundenservice.de')).toBe(
      'link-brand-in-foreign-host: sparkasse-kundenservice.de',
    );
    expect(names(headerSignals('Sparkasse <info@sparkasse-kundenservice.de>', undefined, []))).toContain(
      'display-name-brand-mismatch',
    );
  });
  it('matches a brand of 3 letters only as a whole host token, never inside a word (issue 5)', () => {
    // `ing` is in shopping, `ups` in groups, `irs` in first; the `.ing` TLD is not the bank.
    for (const d of [
      'shopping-mall.com',
      'yahoogroups.com',
      'firstclass.org',
      'booking.com',
      'domain.ing',
      'ing.de',
    ])
      expect(senderDomainRisk(d)).toBeUndefined();
    expect(names(linkSignals('https://mijn.ing-mobiel.com/login', undefined))).toContain(
      'link-brand-in-foreign-host',
    );
    expect(
      names(linkSignals('https://www.shopping-ups.example.org/ and https://www.ing.nl/', undefined)),
    ).toContain('link-brand-in-foreign-host');
    expect(
      names(linkSignals('https://www.booking.com/ and https://www.shopping.com/', undefined)),
    ).not.toContain('link-brand-in-foreign-host');
  });
  it('flags an executive title on a free-mail display name, in several languages', () => {
    for (const from of [
      '"Julia Hartmann, CEO" <j.hartmann.office@gmail.com>',
      '"Jan Kowalski – Prezes Zarządu" <jan.k.prezes@outlook.com>',
      '"Marc Dubois, Directeur financier" <m.dubois.df@yahoo.fr>',
    ])
      expect(names(headerSignals(from, undefined, []))).toContain('display-name-executive-freemail');
    expect(names(headerSignals('"Anna Berg" <anna.berg@gmail.com>', undefined, []))).not.toContain(
      'display-name-executive-freemail',
    );
  });
  it('knows the large international free-mail providers beyond Gmail/Yahoo/Outlook', () => {
    for (const d of [
      'msn.com',
      'ymail.com',
      'gmx.com',
      'yandex.com',
      'seznam.cz',
      'free.fr',
      'hotmail.co.uk',
    ])
      expect(names(headerSignals(`"Anna Berg" <anna.berg@${d}>`, undefined, []))).toContain(
        'freemail-sender',
      );
    expect(names(headerSignals('"Anna Berg" <anna.berg@example.com>', undefined, []))).not.toContain(
      'freemail-sender',
    );
  });
  it('keeps a service role on a free-mail display name as impersonation, apart from CEO fraud', () => {
    const hits = names(
      headerSignals('"PayPal-Kundenservice Support" <pp.support.de@gmail.com>', undefined, []),
    );
    expect(hits).toContain('display-name-brand-mismatch');
    expect(hits).not.toContain('display-name-executive-freemail');
    expect(names(headerSignals('"Helpdesk Team" <helpdesk.team77@outlook.com>', undefined, []))).toContain(
      'display-name-brand-mismatch',
    );
  });
  it('reads defanged indicators (two or more) as an advisory, not a link', () => {
    expect(names(contentSignals('Block hxxps://evil[.]example/x and bad[.]example now'))).toContain(
      'defanged-indicators',
    );
    expect(names(contentSignals('Open https://evil.example/x now'))).not.toContain('defanged-indicators');
    // without a `[`: found by `hxxp` in any case, or by `(.)`
    expect(names(contentSignals('Block HXXPS://evil.example and Hxxp://bad.example'))).toContain(
      'defanged-indicators',
    );
    expect(names(contentSignals('Block evil(.)example and bad(.)example'))).toContain('defanged-indicators');
  });
});
