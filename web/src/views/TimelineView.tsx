/** Events in time order with a per-day histogram (bars are SVG, no inline styles). */
import { useEffect, useMemo, useState } from 'react';
import { api, qs } from '../api';
import { fmtDate } from '../format';
import { href } from '../router';

interface Event {
  time: string;
  evidence: string;
  kind: string;
  summary: string;
}

export function TimelineView({ caseId, campaign }: { caseId: string; campaign?: string }) {
  const [events, setEvents] = useState<Event[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<Event[]>(`/api/cases/${encodeURIComponent(caseId)}/timeline${qs({ campaign })}`).then(setEvents, (e) => setError(String(e.message ?? e)));
  }, [caseId, campaign]);
  const days = useMemo(() => {
    const m = new Map<string, number>();
    for (const e of events ?? []) m.set(e.time.slice(0, 10), (m.get(e.time.slice(0, 10)) ?? 0) + 1);
    return [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [events]);
  if (error) return <div className="alert alert-error">{error}</div>;
  if (!events) return <p className="muted">Loading…</p>;
  const max = Math.max(1, ...days.map(([, n]) => n));
  const w = Math.max(600, days.length * 14);
  return (
    <div>
      {campaign && <p className="muted small">Campaign {campaign}</p>}
      <div className="card histogram">
        <svg width={w} height={110} role="img" aria-label="events per day">
          {days.map(([day, n], i) => (
            <g key={day}>
              <title>{`${day}: ${n}`}</title>
              <rect x={i * 14 + 2} y={100 - (n / max) * 90} width={10} height={(n / max) * 90} className="bar" />
            </g>
          ))}
        </svg>
        <div className="muted small">
          {days[0]?.[0]} → {days[days.length - 1]?.[0]} · {events.length.toLocaleString()} events
        </div>
      </div>
      <ol className="timeline">
        {events.slice(0, 1000).map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: events at the same time for the same item are possible
          <li key={i}>
            <span className="mono nowrap">{fmtDate(e.time).slice(0, 16)}</span>
            <span className="pill pill-type">{e.kind}</span>
            <a href={href('cases', caseId, 'evidence', e.evidence)}>{e.summary || e.evidence}</a>
          </li>
        ))}
      </ol>
      {events.length > 1000 && <p className="muted small">First 1,000 of {events.length.toLocaleString()} shown.</p>}
    </div>
  );
}
