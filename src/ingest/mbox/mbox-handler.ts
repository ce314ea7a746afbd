/**
 * @module ingest/mbox/mbox-handler
 * `.mbox`: a container streamed through `splitMbox` (never loaded whole); each message is parsed
 * with `parseEmail` as `path#index`. Splitter problems travel with the message they concern; a
 * file with no separator at all yields one error (the pipeline then refuses the file).
 *
 * The two stages are exported apart so that ingest can cut messages on one thread
 * (`mboxMembers`, cheap and sequential) and parse them on others (`parseMboxMember`, pure).
 */

import type { ParsedEvidence } from '../../core/evidence.js';
import type { Problem, Result } from '../../core/result.js';
import { parseEmail } from '../email/parse-email.js';
import type { FormatHandler, IngestOptions, SourceFile } from '../format-handler.js';
import { splitMbox } from './split-mbox.js';

/** One message cut from the mailbox, not parsed yet. */
export interface MboxMember {
  /** `file#index`. */
  path: string;
  index: number;
  offset: number;
  bytes: Uint8Array;
  /** Splitter warnings about this message (a malformed From_ line…). */
  attached: Problem[];
}

/** The messages of a mailbox, or a failure for one that cannot be cut or for the whole file. */
export async function* mboxMembers(
  file: SourceFile,
  options: IngestOptions,
): AsyncIterable<{ ok: true; member: MboxMember } | { ok: false; problems: Problem[] }> {
  // Problems not tied to a message, reported only for a file where no message was found. Not
  // kept once one was: every message's own warnings also come here, and a mailbox whose From_
  // lines are all malformed kept ~190 bytes of heap per message to the end of the file.
  const loose: Problem[] = [];
  let count = 0;
  try {
    for await (const m of splitMbox(file.chunks ? file.chunks() : file.stream(), {
      maxMessageBytes: options.limits.maxInMemoryBytes,
      onProblem: (p) => {
        if (count === 0) loose.push(p);
      },
      reusedChunks: file.chunks !== undefined,
    })) {
      count++;
      const attached = m.problems ?? [];
      const errors = attached.filter((p) => p.severity === 'error');
      if (errors.length > 0) {
        yield {
          ok: false,
          problems: errors.map((p) => ({ ...p, message: `message #${m.index}: ${p.message}` })),
        };
        continue;
      }
      const path = `${file.path}#${m.index}`;
      yield { ok: true, member: { path, index: m.index, offset: m.offset, bytes: m.bytes, attached } };
    }
  } catch (err) {
    yield {
      ok: false,
      problems: [
        {
          message: `read failed: ${err instanceof Error ? err.message : String(err)}`,
          severity: 'error',
          fatal: true,
        },
      ],
    };
    return;
  }
  if (count === 0) {
    yield {
      ok: false,
      problems: (loose.length > 0 ? loose : [{ message: 'empty mailbox', severity: 'error' as const }]).map(
        (p) => ({ ...p, fatal: true }),
      ),
    };
  }
}

/** Parses one cut message; problems and warnings say where in the mailbox it sits. */
export async function parseMboxMember(m: MboxMember): Promise<Result<ParsedEvidence>> {
  const r = await parseEmail(m.bytes, m.path);
  const located = (p: Problem): Problem => ({
    ...p,
    message: `message #${m.index} at byte ${m.offset}: ${p.message}`,
  });
  if (!r.ok) return { ok: false, problems: r.problems.map(located) };
  const warnings = [...m.attached, ...(r.warnings ?? [])].map(located);
  return warnings.length > 0 ? { ok: true, value: r.value, warnings } : { ok: true, value: r.value };
}

/** Handler for mbox files (container `mailbox`, items `email`). */
export const mboxHandler: FormatHandler = {
  format: 'mbox',
  container: 'mailbox',
  async *parse(file, options) {
    for await (const m of mboxMembers(file, options)) {
      yield m.ok ? await parseMboxMember(m.member) : m;
    }
  },
};
