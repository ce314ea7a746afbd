/**
 * Campaign clustering figures: B-cubed precision/recall/F1 on the committed labelled generator
 * (`campaigns-dataset.ts`), and wall time for clustering. Run: `npx tsx bench/campaigns.ts [N…]`
 * (default sizes 5000 and 100000). `wall s` is elapsed time, `cpu s` the CPU time this process used
 * (the fairer figure on a shared machine), `load` the 1-minute load average when it finished.
 */
import os from 'node:os';
import { clusterCampaigns } from '../src/graph/cluster-campaigns.js';
import { bcubed } from './campaigns-bcubed.js';
import { generateCampaignSet, type LabelledMessage } from './campaigns-dataset.js';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const rows: string[][] = [
  [
    'messages',
    'campaigns (true)',
    'campaigns (found)',
    'B3 precision',
    'B3 recall',
    'B3 F1',
    'wall s',
    'cpu s',
    'load',
  ],
];
for (const n of sizes.length > 0 ? sizes : [5000, 100_000]) {
  const data: LabelledMessage[] = generateCampaignSet(n, 7);
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const campaigns = clusterCampaigns(data, { timings });
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  console.error(
    `n=${n}: ${Object.entries(timings)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}s`)
      .join(', ')}`,
  );
  const predicted = new Map<string, string>();
  for (const c of campaigns) for (const m of c.members) predicted.set(m, c.id);
  const truth = new Map(data.map((m) => [m.id, m.label]));
  const score = bcubed(truth, predicted);
  const trueCampaigns = new Set(data.filter((m) => m.label.startsWith('op')).map((m) => m.label)).size;
  rows.push([
    String(n),
    String(trueCampaigns),
    String(campaigns.length),
    score.precision.toFixed(3),
    score.recall.toFixed(3),
    score.f1.toFixed(3),
    secs.toFixed(1),
    cpuSecs.toFixed(1),
    (os.loadavg()[0] ?? 0).toFixed(1),
  ]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padStart(widths[i]!)).join('  '));
