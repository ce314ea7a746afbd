/**
 * @module ingest/text/text-with-targets
 * A document's text as analysers read it: its visible text, then each link target the text does
 * not already show (a "View document" button in a PDF, a sign-in form's action in an HTML
 * attachment), one per line.
 */

/** `text`, then the `targets` it does not contain, one per line. */
export function textWithTargets(text: string, targets: ReadonlyArray<string>): string {
  const hidden = targets.filter((url) => !text.includes(url));
  return hidden.length > 0 ? `${text}\n\n${hidden.join('\n')}`.trim() : text;
}
