/**
 * @module demo/format-demo-report
 * The human-readable demo report.
 */
import type { DemoReport } from './run-demo.js';

const counts = (o: Record<string, number>): string =>
  Object.entries(o)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${n} ${k}`)
    .join(', ') || 'none';

export function formatDemoReport(r: DemoReport): string {
  const s = r.summary;
  const lines: string[] = [];
  lines.push(`Dragnet demo case "${r.case.name}" in ${r.case.dir}`);
  lines.push('');
  lines.push(`Evidence      ${s.evidence} items: ${counts(s.byKind)}`);
  if (r.ingest.failed.length)
    lines.push(`              ${r.ingest.failed.length} item(s) could not be read (see --json)`);
  lines.push(`Verdicts      ${counts(s.verdicts)}`);
  lines.push(`Languages     ${counts(s.languages)}`);
  lines.push(`Indicators    ${counts(s.indicators)}`);
  if (Object.keys(s.findings).length) lines.push(`Findings      ${counts(s.findings)}`);
  if (s.topThreats.length) {
    lines.push('');
    lines.push('Most certain threats');
    for (const t of s.topThreats) {
      lines.push(`  ${t.id}  ${t.class} ${t.score.toFixed(2)} [${t.lang}]  ${t.what}`);
      for (const reason of t.reasons) lines.push(`      ${reason.signal}: ${reason.evidence}`);
    }
  }
  if (s.stories.length) {
    lines.push('');
    lines.push('Stories told across chats (no single message tells them)');
    for (const t of s.stories) lines.push(`  ${t.id}  ${t.story}  ${t.what}\n      ${t.evidence}`);
  }
  for (const [name, value] of Object.entries(r.steps)) {
    lines.push('');
    lines.push(`${name[0]?.toUpperCase()}${name.slice(1)}`);
    for (const l of value.lines) lines.push(`  ${l}`);
  }
  lines.push('');
  lines.push(
    `Chain of custody  ${r.verify.ok ? 'verified' : 'FAILED'}: ${r.verify.blobsChecked} blobs re-hashed, ${r.verify.auditEntriesChecked} audit entries chained`,
  );
  lines.push('');
  lines.push(
    `Next: dragnet evidence list --case ${r.case.dir}   ·   dragnet case audit --case ${r.case.dir}`,
  );
  return lines.join('\n');
}
