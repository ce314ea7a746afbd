/**
 * @module analyse/impersonation/confusable-fuzzer
 * Generation from the whole UTS #39 confusables table (every script, not only Cyrillic):
 * - one character (or a two-letter look-alike such as `rn`) replaced by each character of any
 *   script that Unicode lists as confusable with it;
 * - whole-label single-script spoofs: every letter replaced from one script (Cyrillic `аррӏе`,
 *   Greek, Armenian, Cherokee…) when that script can spell the whole label, which is the form
 *   browsers show in Unicode and therefore the most dangerous.
 * Only characters a domain name can hold are kept (UTS #46 conversion must succeed and must not
 * fold the character back to ASCII), so the output stays bounded (≈ 100 per position at most).
 */
import { domainToASCII } from 'node:url';
import { confusableSources, scriptsOf } from './confusables.js';

const usable = new Map<string, boolean>();

/** True when `ch` survives IDNA conversion as itself (not mapped to ASCII, not disallowed). */
function idnaUsable(ch: string): boolean {
  let ok = usable.get(ch);
  if (ok === undefined) {
    const a = domainToASCII(`${ch}x.com`);
    ok = a.startsWith('xn--');
    usable.set(ch, ok);
  }
  return ok;
}

function sourcesFor(proto: string): string[] {
  return confusableSources(proto).filter((s) => s !== proto && idnaUsable(s));
}

/** Confusable variants of a Unicode label. */
export function confusableLabels(label: string): Set<string> {
  const d = Array.from(label);
  const out = new Set<string>();
  const perPosition: string[][] = [];
  for (let i = 0; i < d.length; i++) {
    const c = d[i] ?? '';
    // `m`'s prototype is `rn`: its confusables are the sources of `rn`.
    const protos = c === 'm' ? ['m', 'rn'] : [c];
    const subs = protos.flatMap(sourcesFor);
    perPosition.push(subs);
    for (const s of subs) out.add(d.slice(0, i).join('') + s + d.slice(i + 1).join(''));
    const pair = c + (d[i + 1] ?? '');
    if (pair.length === 2 && /^(rn|cl|vv)$/.test(pair)) {
      for (const s of sourcesFor(pair === 'rn' ? 'rn' : pair === 'cl' ? 'd' : 'w')) {
        out.add(d.slice(0, i).join('') + s + d.slice(i + 2).join(''));
      }
    }
  }
  for (const script of ['Cyrillic', 'Greek', 'Armenian', 'Cherokee', 'Latin']) {
    let whole = '';
    let changed = false;
    for (let i = 0; i < d.length; i++) {
      const c = d[i] ?? '';
      if (!/\p{L}/u.test(c)) {
        whole += c;
        continue;
      }
      const pick = (perPosition[i] ?? []).find((s) => scriptsOf(s).has(script) && scriptsOf(s).size === 1);
      if (pick) {
        whole += pick;
        changed = true;
      } else if (script === 'Latin' || scriptsOf(c).has(script)) {
        whole += c;
      } else {
        whole = '';
        break;
      }
    }
    if (changed && whole !== '') out.add(whole);
  }
  out.delete(label);
  return out;
}
