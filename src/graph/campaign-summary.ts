/**
 * @module graph/campaign-summary
 * A plain-language sentence for an analyst or a partner, from a template (no model, no
 * surprises): size, time span, languages, verdict mix, brands, and the strongest shared
 * infrastructure.
 */
import type { Campaign } from './campaign.js';

const TYPE_NAMES: Record<string, string> = {
  phone: 'phone number',
  email: 'e-mail address',
  url: 'URL',
  domain: 'domain',
  iban: 'IBAN',
  btc: 'Bitcoin wallet',
  eth: 'Ethereum wallet',
  trx: 'Tron wallet',
  xmr: 'Monero wallet',
  ltc: 'Litecoin wallet',
  sol: 'Solana wallet',
  xrp: 'XRP wallet',
  doge: 'Dogecoin wallet',
  bch: 'Bitcoin Cash wallet',
  ipv4: 'IP address',
  ipv6: 'IP address',
  telegram: 'Telegram account',
  handle: 'account',
};

const day = (iso: string | null): string => (iso ? iso.slice(0, 10) : 'an unknown date');

/** Builds the summary sentence of a campaign (every other field must be filled already). */
export function campaignSummary(c: Omit<Campaign, 'summary'>): string {
  const parts: string[] = [];
  const span =
    c.first_seen && c.last_seen && day(c.first_seen) !== day(c.last_seen)
      ? `between ${day(c.first_seen)} and ${day(c.last_seen)}`
      : c.first_seen
        ? `on ${day(c.first_seen)}`
        : 'with no date';
  parts.push(`${c.size} messages ${span}`);
  if (c.languages.length > 0) parts.push(`in ${c.languages.join(', ')}`);
  const verdicts = Object.entries(c.verdicts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = verdicts[0];
  let sentence = parts.join(' ');
  // "Mostly" only for a majority: a Telegram group of 6 with one phishing message and the rest
  // split or unscored read "mostly phishing (1 of 6)"; "all" when no message says otherwise.
  if (top) {
    const majority = top[1] * 2 > c.size;
    const counts = majority ? `${top[1]}` : verdicts.map(([v, n]) => `${n} ${v}`).join(', ');
    const share = top[1] === c.size ? 'all' : 'mostly';
    sentence += `, ${majority ? `${share} ${top[0]}` : 'mixed verdicts'} (${counts} of ${c.size})`;
  }
  if (c.brands.length > 0) sentence += `, impersonating ${c.brands.slice(0, 3).join(', ')}`;
  sentence += '.';
  const infra = c.indicators
    .slice(0, 3)
    .map((i) => `${TYPE_NAMES[i.type] ?? i.type} ${i.value} (${i.count})`);
  if (infra.length > 0) sentence += ` Shared infrastructure: ${infra.join('; ')}.`;
  if (c.url_patterns.length > 0) sentence += ` Same URL path on rotating domains: ${c.url_patterns[0]}.`;
  if (infra.length === 0 && c.url_patterns.length === 0) sentence += ' Linked by near-identical wording.';
  return sentence;
}
