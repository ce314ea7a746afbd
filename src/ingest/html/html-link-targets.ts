/**
 * @module ingest/html/html-link-targets
 * Where an HTML document sends its reader: absolute `http(s)` targets of links (`a`/`area`
 * `href`), forms (`form action`, `button`/`input formaction`) and refresh redirects (`<meta
 * http-equiv="refresh" content="0;url=…">`). An HTML attachment that shows a sign-in form posts it
 * to the attacker; its visible text alone never names that host. Streams tokens through
 * htmlparser2 (no DOM, nothing executed).
 */
import { Parser } from 'htmlparser2';

/** Targets kept per document: a page of thousands of links says nothing more. */
export const MAX_LINK_TARGETS = 200;

const TARGET_ATTRIBUTES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['a', new Set(['href'])],
  ['area', new Set(['href'])],
  ['form', new Set(['action'])],
  ['button', new Set(['formaction'])],
  ['input', new Set(['formaction'])],
]);
const ABSOLUTE_RE = /^\s*(https?:\/\/[^\s"'<>]+)/i;
const REFRESH_RE = /url\s*=\s*['"]?\s*(https?:\/\/[^\s"'<>]+)/i;

/** The distinct absolute targets, in document order (at most `MAX_LINK_TARGETS`). */
export function htmlLinkTargets(html: string): string[] {
  const targets: string[] = [];
  const add = (url: string | undefined): void => {
    if (url && targets.length < MAX_LINK_TARGETS && !targets.includes(url)) targets.push(url);
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') {
          add(REFRESH_RE.exec(attributes.content ?? '')?.[1]);
          return;
        }
        const wanted = TARGET_ATTRIBUTES.get(name);
        if (!wanted) return;
        for (const attribute of wanted) add(ABSOLUTE_RE.exec(attributes[attribute] ?? '')?.[1]);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return targets;
}
