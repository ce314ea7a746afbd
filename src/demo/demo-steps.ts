/**
 * @module demo/demo-steps
 * The capabilities `dragnet demo` runs after ingest, each returning the few facts its report
 * shows. Order matters: the money trace starts from wallets that ingest found in the messages,
 * and the exports carry the campaigns.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { investigateWallets } from '../analyse/crypto/demo/investigate-wallets.js';
import type { SqliteCaseStore } from '../case/sqlite-case-store.js';
import { loadCaseCampaigns } from '../graph/load-case-campaigns.js';
import { loadShareInput } from '../share/load-share-input.js';
import { toCsv } from '../share/to-csv.js';
import { toMispEvent } from '../share/to-misp-event.js';
import { toStixBundle } from '../share/to-stix-bundle.js';
import type { DemoStep } from './run-demo.js';
import { SAMPLES_DIR } from './sample-paths.js';

const satoshiToBtc = (sats: string): string => {
  const n = BigInt(sats);
  return `${n / 100_000_000n}.${(n % 100_000_000n).toString().padStart(8, '0')} BTC`;
};

/** Bitcoin wallets named in the evidence are traced through the sample chain to the entities they paid. */
const cryptoStep: DemoStep = {
  name: 'money trail',
  async run(store: SqliteCaseStore) {
    const wallets = [...new Set(store.listObservables({ type: 'btc' }).map((o) => o.value))].sort();
    const result = await investigateWallets(store, {
      dumps: [path.join(SAMPLES_DIR, 'crypto', 'blocks.json')],
      tagFiles: [path.join(SAMPLES_DIR, 'crypto', 'tags.csv')],
      wallets,
      hops: 10,
    });
    const lines = [
      `${result.imported.transactions} transactions imported, ${result.clusters.count} wallet clusters (multi-input with CoinJoin guard)`,
    ];
    for (const t of result.traces) {
      lines.push(
        `${t.seed} (named in the messages) received ${satoshiToBtc(t.seedAmount)}; ${t.model} trace, ${t.hops} hops:`,
      );
      for (const e of t.exposure)
        lines.push(
          `  → ${e.label} (${e.category}): ${satoshiToBtc(e.amount)} = ${(e.share * 100).toFixed(1)}%`,
        );
    }
    for (const n of result.notFound) lines.push(`${n.wallet}: not in the imported chain data`);
    return { lines, data: result };
  },
};

const campaignsStep: DemoStep = {
  name: 'campaigns',
  async run(store: SqliteCaseStore) {
    const { campaigns } = loadCaseCampaigns(store);
    const lines =
      campaigns.length === 0 ? ['no campaigns found'] : campaigns.map((c) => `${c.id}  ${c.summary}`);
    return { lines, data: campaigns };
  },
};

/** Partner formats, written next to the case so a newcomer can open them. */
const exportsStep: DemoStep = {
  name: 'exports',
  async run(store: SqliteCaseStore, dir: string) {
    const input = loadShareInput(store);
    const out = path.join(dir, 'exports');
    mkdirSync(out, { recursive: true });
    const files = {
      stix: path.join(out, 'case.stix.json'),
      misp: path.join(out, 'case.misp.json'),
      csv: path.join(out, 'case.csv'),
    };
    const bundle = toStixBundle(input);
    writeFileSync(files.stix, `${JSON.stringify(bundle, null, 2)}\n`);
    writeFileSync(files.misp, `${JSON.stringify(toMispEvent(input), null, 2)}\n`);
    writeFileSync(files.csv, toCsv(input));
    return {
      lines: [
        `STIX 2.1 bundle (${bundle.objects.length} objects): ${files.stix}`,
        `MISP event: ${files.misp}`,
        `CSV: ${files.csv}`,
      ],
      data: files,
    };
  },
};

export const DEMO_STEPS: ReadonlyArray<DemoStep> = [cryptoStep, campaignsStep, exportsStep];
