/**
 * @module analyse/triage/signals/brands
 * A short, team-written list of often-impersonated brands: the word that identifies the brand in a
 * host name or display name, and the registrable domains it legitimately sends from. Used only for
 * the model's own "brand in a foreign host / display name" signals; the impersonation analyser has
 * the full list and its findings are added on top, never fed into the model.
 */
export const BRANDS: ReadonlyArray<{ word: string; domains: ReadonlyArray<string> }> = [
  { word: 'paypal', domains: ['paypal.com', 'paypal.me'] },
  { word: 'apple', domains: ['apple.com', 'icloud.com'] },
  { word: 'icloud', domains: ['apple.com', 'icloud.com'] },
  { word: 'amazon', domains: ['amazon.com', 'amazon.de', 'amazon.co.uk', 'amazon.fr', 'amazon.in', 'amazon.co.jp'] },
  { word: 'microsoft', domains: ['microsoft.com', 'live.com', 'outlook.com', 'office.com'] },
  { word: 'office365', domains: ['microsoft.com', 'office.com'] },
  { word: 'outlook', domains: ['microsoft.com', 'outlook.com', 'live.com'] },
  { word: 'netflix', domains: ['netflix.com'] },
  { word: 'google', domains: ['google.com', 'gmail.com'] },
  { word: 'facebook', domains: ['facebook.com', 'facebookmail.com', 'meta.com'] },
  { word: 'instagram', domains: ['instagram.com'] },
  { word: 'whatsapp', domains: ['whatsapp.com'] },
  { word: 'dhl', domains: ['dhl.com', 'dhl.de'] },
  { word: 'fedex', domains: ['fedex.com'] },
  { word: 'usps', domains: ['usps.com'] },
  { word: 'ups', domains: ['ups.com'] },
  { word: 'royalmail', domains: ['royalmail.com'] },
  { word: 'chase', domains: ['chase.com'] },
  { word: 'wellsfargo', domains: ['wellsfargo.com'] },
  { word: 'bankofamerica', domains: ['bankofamerica.com'] },
  { word: 'citibank', domains: ['citibank.com', 'citi.com'] },
  { word: 'hsbc', domains: ['hsbc.com', 'hsbc.co.uk'] },
  { word: 'barclays', domains: ['barclays.co.uk', 'barclays.com'] },
  { word: 'santander', domains: ['santander.com', 'santander.co.uk', 'santander.de'] },
  { word: 'sparkasse', domains: ['sparkasse.de'] },
  { word: 'ing', domains: ['ing.com', 'ing.de', 'ing.nl'] },
  { word: 'coinbase', domains: ['coinbase.com'] },
  { word: 'binance', domains: ['binance.com'] },
  { word: 'metamask', domains: ['metamask.io'] },
  { word: 'docusign', domains: ['docusign.com', 'docusign.net'] },
  { word: 'dropbox', domains: ['dropbox.com'] },
  { word: 'linkedin', domains: ['linkedin.com'] },
  { word: 'adobe', domains: ['adobe.com'] },
  { word: 'ebay', domains: ['ebay.com'] },
  { word: 'irs', domains: ['irs.gov'] },
  { word: 'hmrc', domains: ['gov.uk'] },
  { word: 'alibaba', domains: ['alibaba.com'] },
  { word: 'alipay', domains: ['alipay.com'] },
  { word: 'rakuten', domains: ['rakuten.co.jp', 'rakuten.com'] },
  { word: 'steam', domains: ['steampowered.com', 'steamcommunity.com'] },
];

/** Free mail providers: a bank or a company writing from one of these is a classic fraud tell. */
export const FREEMAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'hotmail.com', 'outlook.com', 'live.com',
  'aol.com', 'mail.ru', 'yandex.ru', 'gmx.de', 'gmx.net', 'web.de', 'qq.com', '163.com', '126.com',
  'proton.me', 'protonmail.com', 'icloud.com', 'zoho.com', 'mail.com', 'rediffmail.com',
]);

/** URL shorteners and redirectors that hide the real target. */
export const SHORTENERS: ReadonlySet<string> = new Set([
  'bit.ly', 'bitly.com', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly',
  'shorturl.at', 'rb.gy', 't.ly', 'tiny.cc', 's.id', 'lnkd.in', 'qrco.de', 'v.gd', 'shorte.st', 'adf.ly',
  'bl.ink', 'short.io', 'urlz.fr', 'u.to', 'clck.ru', 'dwz.cn', 'url.cn', 'x.co', 'trib.al', 'tr.im',
]);

/** TLDs that are cheap and over-represented in abuse feeds. */
export const RISKY_TLDS: ReadonlySet<string> = new Set([
  'xyz', 'top', 'club', 'online', 'site', 'icu', 'live', 'click', 'link', 'buzz', 'shop', 'vip', 'work',
  'support', 'rest', 'cyou', 'monster', 'sbs', 'cfd', 'tk', 'ml', 'ga', 'cf', 'gq', 'info', 'biz', 'ru',
  'cn', 'su', 'pw', 'cc', 'ws', 'loan', 'win', 'bid', 'date', 'racing', 'download', 'stream', 'review',
]);

/** Words phishing kits put in host names. */
export const LURE_HOST_WORDS: ReadonlyArray<string> = [
  'secure', 'verify', 'verification', 'login', 'signin', 'account', 'update', 'auth', 'wallet', 'support',
  'billing', 'confirm', 'unlock', 'recover', 'validate', 'webscr', 'banking', 'service', 'helpdesk',
];
