/**
 * @module bench/observables-profile-summary
 * Self time per function of a V8 `.cpuprofile` (from `node --cpu-prof`), largest first:
 *   npx tsx bench/observables-profile-summary.ts FILE.cpuprofile [TOP=40]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, top = '40'] = process.argv.slice(2);
if (!file) throw new Error('usage: observables-profile-summary.ts FILE.cpuprofile [TOP]');
const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
let total = 0;
p.samples.forEach((id, i) => {
  const dt = p.timeDeltas[i] ?? 0;
  total += dt;
  const cf = byId.get(id)?.callFrame;
  const key = cf
    ? `${cf.functionName || '(anonymous)'} ${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber + 1}`
    : '?';
  self.set(key, (self.get(key) ?? 0) + dt);
});
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
}
console.log(`total ${(total / 1000).toFixed(0)} ms`);
