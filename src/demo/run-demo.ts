/**
 * @module demo/run-demo
 * Builds the demo case: ingest every sample, then run each capability over the case and collect
 * what it found into one report. Each capability adds its step here as it lands, so the demo
 * always shows everything Dragnet can do.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { CaseInfo, VerifyReport } from '../case/case-store.js';
import { initCase, isCaseDir, readCaseInfo } from '../case/open-case.js';
import type { SqliteCaseStore } from '../case/sqlite-case-store.js';
import { DragnetError } from '../core/errors.js';
import { type IngestReport, ingestPaths } from '../ingest/ingest-paths.js';
import { DEMO_STEPS } from './demo-steps.js';
import { SAMPLE_EVIDENCE, SAMPLES_DIR } from './sample-paths.js';
import { type CaseSummary, summariseCase } from './summarise-case.js';

export const DEMO_CASE_NAME = 'Dragnet demo';

export interface DemoReport {
  case: CaseInfo;
  ingest: Pick<IngestReport, 'ingested' | 'duplicates' | 'failed'>;
  summary: CaseSummary;
  steps: Record<string, DemoStepResult>;
  verify: Pick<VerifyReport, 'ok' | 'blobsChecked' | 'auditEntriesChecked' | 'problems'>;
}

export type DemoProgress = (step: string, done: number, total: number) => void;

/** What one demo step found: lines for people, data for `--json`. */
export interface DemoStepResult {
  lines: string[];
  data: unknown;
}

/** A demo step: one capability run over the demo case. */
export interface DemoStep {
  name: string;
  run(store: SqliteCaseStore, dir: string): Promise<DemoStepResult>;
}

export async function runDemo(dir: string, onProgress: DemoProgress = () => undefined): Promise<DemoReport> {
  if (existsSync(dir)) {
    if (!isCaseDir(dir) || readCaseInfo(dir).name !== DEMO_CASE_NAME) {
      throw new DragnetError('CASE_EXISTS', `${dir} exists and is not a demo case`, {
        hint: 'choose another folder with --case; the demo only replaces an earlier demo case',
      });
    }
    rmSync(dir, { recursive: true, force: true });
  }
  const store = await initCase(dir, { name: DEMO_CASE_NAME });
  try {
    const total = 2 + DEMO_STEPS.length;
    onProgress('ingest', 0, total);
    const ingest = await ingestPaths(
      store,
      SAMPLE_EVIDENCE.map((d) => path.join(SAMPLES_DIR, d)).filter((p) => existsSync(p)),
    );
    const steps: Record<string, DemoStepResult> = {};
    let done = 1;
    for (const step of DEMO_STEPS) {
      onProgress(step.name, done++, total);
      steps[step.name] = await step.run(store, dir);
    }
    onProgress('verify', done, total);
    const verify = await store.verify();
    return {
      case: store.info,
      ingest: { ingested: ingest.ingested, duplicates: ingest.duplicates, failed: ingest.failed },
      summary: summariseCase(store),
      steps,
      verify: {
        ok: verify.ok,
        blobsChecked: verify.blobsChecked,
        auditEntriesChecked: verify.auditEntriesChecked,
        problems: verify.problems,
      },
    };
  } finally {
    store.close();
  }
}
