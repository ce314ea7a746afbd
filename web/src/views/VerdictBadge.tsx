import { fmtScore } from '../format';
import type { VerdictBrief } from '../types';

export function VerdictBadge({ verdict }: { verdict?: VerdictBrief | null }) {
  if (!verdict) return <span className="pill pill-none">unscored</span>;
  return (
    <span className={`pill pill-${verdict.class}`} title={`${verdict.source === 'analyst' ? 'analyst verdict' : 'model score'} ${fmtScore(verdict.score)}`}>
      {verdict.class} {verdict.source === 'analyst' ? '✎' : fmtScore(verdict.score)}
    </span>
  );
}
