/**
 * @module ingest/html/html-parser
 * htmlparser2's streaming `Parser` without the rest of the package. The package entry also
 * loads the DOM half (domhandler, domutils, dom-serializer, the entity encoder: 17 modules),
 * which nothing here uses: importing `Parser.js` alone costs ~8 CPU-ms less at start-up, paid by
 * every `dragnet score` run. The package's `exports` map hides `Parser.js`, so it is found
 * beside the entry point it resolves to; a test checks it is htmlparser2's own class.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Htmlparser2 from 'htmlparser2';

const entry = createRequire(import.meta.url).resolve('htmlparser2');
const parserModule = (await import(pathToFileURL(path.join(path.dirname(entry), 'Parser.js')).href)) as Pick<
  typeof Htmlparser2,
  'Parser'
>;

export const Parser = parserModule.Parser;
