/**
 * @module ingest/archive/zip-handler
 * `.zip` archives (container `archive`). Members are dispatched through the format detector, so
 * an .eml in a zip is an email, an mbox a mailbox, a zip a nested archive (nested containers
 * become items with `children`). Safety limits (IngestLimits), each reported, never fatal to the
 * rest of the archive: entry count, total uncompressed bytes, per-entry compression ratio and
 * size, nesting depth; entries with absolute or `..` paths are refused, never extracted.
 * Nothing is written to disk: members are read into memory one at a time.
 */
import type { Entry, ZipFile } from 'yauzl';
import type { ParsedEvidence } from '../../core/evidence.js';
import { fail, fatal, ok, type Problem, type Result } from '../../core/result.js';
import type { FormatHandler, IngestOptions, SourceFile } from '../format-handler.js';
import { memorySourceFile } from '../memory-source-file.js';
import { decodeEntryName, unsafeEntryName } from './entry-name.js';
import { nextEntry, openZip, readEntry } from './yauzl-promise.js';

/** Chooses the handler for a member; injected so this module does not import the detector. */
export type Dispatch = (file: SourceFile, options: IngestOptions, depth: number) => FormatHandler;

/**
 * The zip handler at a given nesting depth.
 * @param dispatch picks the handler for each member (detectFormat's own recursion)
 * @param depth 0 for a file on disk; members' archives get depth + 1
 */
export function createZipHandler(dispatch: Dispatch, depth = 0): FormatHandler {
  return {
    format: 'zip',
    container: 'archive',
    parse: (file, options) => parseZip(file, options, dispatch, depth),
  };
}

async function* parseZip(
  file: SourceFile,
  options: IngestOptions,
  dispatch: Dispatch,
  depth: number,
): AsyncIterable<Result<ParsedEvidence>> {
  const limits = options.limits;
  let zip: ZipFile;
  try {
    zip = await openZip(
      file.size <= limits.maxInMemoryBytes ? { buffer: await file.readAll() } : { path: file.path },
    );
  } catch (err) {
    yield fatal(`not a readable zip archive: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  let count = 0;
  let total = 0;
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const name = decodeEntryName(entry.fileName, entry.generalPurposeBitFlag);
      if (++count > limits.maxArchiveEntries) {
        yield fail(`more than ${limits.maxArchiveEntries} entries: the rest of the archive is not read`);
        break;
      }
      if (name.endsWith('/')) continue;
      const refusal = checkEntry(entry, name, total, options);
      if (refusal) {
        yield fail(`entry ${JSON.stringify(name)} refused: ${refusal}`);
        if (refusal.startsWith('the archive expands')) break;
        continue;
      }
      total += entry.uncompressedSize;
      let bytes: Buffer;
      try {
        bytes = await readEntry(zip, entry, Math.min(entry.uncompressedSize, limits.maxInMemoryBytes));
      } catch (err) {
        yield fail(
          `entry ${JSON.stringify(name)} unreadable: ${err instanceof Error ? err.message : String(err)}`,
        );
        continue;
      }
      yield* member(memorySourceFile(`${file.path}!${name}`, bytes), name, options, dispatch, depth);
    }
  } catch (err) {
    yield fatal(`corrupt zip archive: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    zip.close();
  }
}

function checkEntry(entry: Entry, name: string, total: number, options: IngestOptions): string | undefined {
  const limits = options.limits;
  const unsafe = unsafeEntryName(name);
  if (unsafe) return unsafe;
  if (entry.generalPurposeBitFlag & 1) return 'encrypted';
  const ratio =
    entry.compressedSize > 0
      ? entry.uncompressedSize / entry.compressedSize
      : entry.uncompressedSize > 0
        ? Infinity
        : 1;
  if (ratio > limits.maxCompressionRatio) {
    return `compression ratio ${Math.round(ratio)}:1 is over the ${limits.maxCompressionRatio}:1 limit (zip bomb?)`;
  }
  if (entry.uncompressedSize > limits.maxInMemoryBytes)
    return `${entry.uncompressedSize} bytes, over the ${limits.maxInMemoryBytes}-byte limit`;
  if (total + entry.uncompressedSize > limits.maxArchiveBytes) {
    return `the archive expands beyond ${limits.maxArchiveBytes} bytes: the rest of the archive is not read`;
  }
  return undefined;
}

/**
 * One member through its own handler. A nested container becomes one item with the members as
 * children; a member its handler cannot read is still kept, as a plain `file`, with a warning.
 */
async function* member(
  src: SourceFile,
  name: string,
  options: IngestOptions,
  dispatch: Dispatch,
  depth: number,
): AsyncIterable<Result<ParsedEvidence>> {
  const bytes = await src.readAll();
  const nestedDepth = depth + 1;
  const handler = dispatch(src, options, nestedDepth);
  if (handler.container === 'archive' && nestedDepth > options.limits.maxArchiveDepth) {
    yield ok(asFile(src.path, name, bytes), [
      {
        message: `${src.path}: nested archive deeper than ${options.limits.maxArchiveDepth} levels kept unopened`,
        severity: 'warning',
      },
    ]);
    return;
  }
  const children: ParsedEvidence[] = [];
  const problems: Problem[] = [];
  for await (const r of handler.parse(src, options)) {
    if (r.ok) {
      if (!r.value.fileName && !handler.container) r.value.fileName = name;
      if (handler.container) children.push(r.value);
      else yield r;
    } else {
      // A member's own fatal problem concerns that member only, never the enclosing archive.
      problems.push(
        ...r.problems.map(({ fatal: _fatal, ...p }) => ({ ...p, message: `${src.path}: ${p.message}` })),
      );
    }
  }
  if (handler.container && children.length > 0) {
    yield ok({ kind: handler.container, bytes, path: src.path, fileName: name, children });
    // Members that failed inside it are reported like members of the top-level archive.
    for (const p of problems) yield { ok: false, problems: [p] };
    return;
  }
  if (problems.length > 0) {
    // Unreadable as its format: keep the bytes (they are evidence) and say why.
    yield ok(
      asFile(src.path, name, bytes),
      problems.map((p) => ({ ...p, severity: 'warning' as const })),
    );
  } else if (handler.container) {
    yield ok({ kind: handler.container, bytes, path: src.path, fileName: name });
  }
}

function asFile(path: string, name: string, bytes: Buffer): ParsedEvidence {
  return { kind: 'file', bytes, path, fileName: name, mediaType: 'application/octet-stream' };
}
