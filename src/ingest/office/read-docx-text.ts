/**
 * @module ingest/office/read-docx-text
 * The text and hyperlink targets of a Word document (`.docx`, `.docm`: Office Open XML, a zip of
 * XML parts). A "shared document" lure attached to a mail says "open the document and sign in"
 * next to a link that only the document's relationships part names. Only two parts are read —
 * `word/document.xml` (paragraph text) and `word/_rels/document.xml.rels` (external hyperlink
 * targets) — each inflated to at most `MAX_PART_BYTES`; nothing is written to disk, macros and
 * embedded objects are never looked at.
 */

import type { SaxesParser as Saxes } from 'saxes';
import type { Entry, ZipFile } from 'yauzl';
import { fail, ok, type Result } from '../../core/result.js';

type SaxesClass = typeof Saxes;

/** A part larger than this when inflated is not read (a zip bomb, or no ordinary letter). */
export const MAX_PART_BYTES = 16 * 1024 * 1024;
/** Characters of text kept per document. */
export const MAX_DOCX_CHARS = 50_000;

const DOCX_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-word.document.macroenabled.12',
]);
const DOCX_NAME_RE = /\.doc[xm]$/i;

/** A zip (`PK\x03\x04`) that its type or name calls a Word document. */
export function looksLikeDocx(bytes: Uint8Array, mediaType?: string, fileName?: string): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  return zip && (DOCX_TYPES.has(mediaType?.toLowerCase() ?? '') || DOCX_NAME_RE.test(fileName ?? ''));
}

export interface DocxText {
  text: string;
  /** External hyperlink targets, in the relationships part's order, without repeats. */
  links: string[];
}

/** Reads the two parts; never throws: a damaged or oversized document gives one problem. */
export async function readDocxText(bytes: Uint8Array): Promise<Result<DocxText>> {
  // Loaded on the first Word document: yauzl and saxes are not worth their load time to the many
  // runs (every `dragnet score` start) that never meet one.
  const [{ nextEntry, openZip, readEntry }, { SaxesParser }] = await Promise.all([
    import('../archive/yauzl-promise.js'),
    import('saxes'),
  ]);
  let zip: ZipFile | undefined;
  try {
    zip = await openZip({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    let documentXml: string | undefined;
    let relsXml: string | undefined;
    for (let entry: Entry | undefined = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const name = String(entry.fileName);
      if (name !== 'word/document.xml' && name !== 'word/_rels/document.xml.rels') continue;
      if (entry.uncompressedSize > MAX_PART_BYTES) {
        return fail(`Word document not read: ${name} inflates to ${entry.uncompressedSize} bytes`);
      }
      const xml = (await readEntry(zip, entry, MAX_PART_BYTES)).toString('utf8');
      if (name === 'word/document.xml') documentXml = xml;
      else relsXml = xml;
    }
    if (documentXml === undefined) return fail('Word document not read: it has no word/document.xml');
    return ok({
      text: paragraphText(SaxesParser, documentXml),
      links: relsXml ? hyperlinkTargets(SaxesParser, relsXml) : [],
    });
  } catch (err) {
    return fail(`Word document not read: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    zip?.close();
  }
}

/** The text of `w:t` runs, a line per paragraph, tabs and breaks kept. */
function paragraphText(SaxesParser: SaxesClass, xml: string): string {
  const parser = new SaxesParser({ xmlns: false });
  let text = '';
  let inText = false;
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:t') inText = true;
    else if (tag.name === 'w:tab') text += '\t';
    else if (tag.name === 'w:br' || tag.name === 'w:cr') text += '\n';
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
    else if (tag.name === 'w:p') text += '\n';
  });
  parser.on('text', (t) => {
    if (inText && text.length < MAX_DOCX_CHARS) text += t;
  });
  parser.write(xml).close();
  return text
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_DOCX_CHARS);
}

/** `Target`s of the external hyperlink relationships. */
function hyperlinkTargets(SaxesParser: SaxesClass, xml: string): string[] {
  const parser = new SaxesParser({ xmlns: false });
  const links: string[] = [];
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (tag.name !== 'Relationship' || a.TargetMode !== 'External' || !/\/hyperlink$/.test(a.Type ?? ''))
      return;
    const target = a.Target?.trim();
    if (target && !links.includes(target)) links.push(target);
  });
  parser.write(xml).close();
  return links;
}
