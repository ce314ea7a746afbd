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

/** The attribute that holds where each element sends its reader. */
const TARGET_ATTRIBUTE: ReadonlyMap<string, string> = new Map([
  ['a', 'href'],
  ['area', 'href'],
  ['form', 'action'],
  ['button', 'formaction'],
  ['input', 'formaction'],
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
        const attribute = TARGET_ATTRIBUTE.get(name);
        if (attribute) add(ABSOLUTE_RE.exec(attributes[attribute] ?? '')?.[1]);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return targets;
}
