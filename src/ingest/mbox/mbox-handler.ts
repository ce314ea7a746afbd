/**
 * @module ingest/mbox/mbox-handler
 * `.mbox`: a container streamed through `splitMbox` (never loaded whole); each message is parsed
 * with `parseEmail` as `path#index`. Splitter problems travel with the message they concern; a
 * file with no separator at all yields one error (the pipeline then refuses the file).
 */

import type { Problem } from '../../core/result.js';
import { parseEmail } from '../email/parse-email.js';
import type { FormatHandler } from '../format-handler.js';
import { splitMbox } from './split-mbox.js';

/** Handler for mbox files (container `mailbox`, items `email`). */
export const mboxHandler: FormatHandler = {
  format: 'mbox',
  container: 'mailbox',
  async *parse(file, options) {
    const loose: Problem[] = [];
    let count = 0;
    try {
      for await (const m of splitMbox(file.stream(), {
        maxMessageBytes: options.limits.maxInMemoryBytes,
        onProblem: (p) => loose.push(p),
      })) {
        count++;
        const path = `${file.path}#${m.index}`;
        const attached = m.problems ?? [];
        const errors = attached.filter((p) => p.severity === 'error');
        if (errors.length > 0) {
          yield {
            ok: false,
            problems: errors.map((p) => ({ ...p, message: `message #${m.index}: ${p.message}` })),
          };
          continue;
        }
        const r = await parseEmail(m.bytes, path);
        const located = (p: Problem): Problem => ({
          ...p,
          message: `message #${m.index} at byte ${m.offset}: ${p.message}`,
        });
        if (!r.ok) yield { ok: false, problems: r.problems.map(located) };
        else {
          const warnings = [...attached, ...(r.warnings ?? [])].map(located);
          yield warnings.length > 0 ? { ok: true, value: r.value, warnings } : { ok: true, value: r.value };
        }
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
  },
};
