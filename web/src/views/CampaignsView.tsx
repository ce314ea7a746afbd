/** Campaign list and campaign pages (members, shared indicators, languages, exports). */
import { useEffect, useState } from 'react';
import { api } from '../api';
import { defang } from '../defang';
import { fmtDate, party } from '../format';
import { href } from '../router';
import type { Campaign, Party, VerdictBrief } from '../types';
import { ExportButtons } from './ExportButtons';
import { VerdictBadge } from './VerdictBadge';

export function CampaignsView({ caseId, campaignId }: { caseId: string; campaignId?: string }) {
  return campaignId ? <CampaignPage caseId={caseId} campaignId={campaignId} /> : <CampaignList caseId={caseId} />;
}

function CampaignList({ caseId }: { caseId: string }) {
  const [list, setList] = useState<Campaign[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<Campaign[]>(`/api/cases/${encodeURIComponent(caseId)}/campaigns`).then(setList, (e) => setError(String(e.message ?? e)));
  }, [caseId]);
  if (error) return <div className="alert alert-info">{error}</div>;
  if (!list) return <p className="muted">Finding campaigns…</p>;
  if (list.length === 0) return <p className="muted">No campaigns: no group of messages shares enough infrastructure or text.</p>;
  return (
    <div className="campaign-grid">
      {list.map((c) => (
        <a key={c.id} className="card campaign-card" href={href('cases', caseId, 'campaigns', c.id)}>
          <div className="campaign-title">{c.summary}</div>
          <div className="muted small">
            {c.members.length} messages · {fmtDate(c.first_seen).slice(0, 10)} → {fmtDate(c.last_seen).slice(0, 10)} · {c.languages.join(', ')}
          </div>
          <div className="chips">
            {c.indicators.slice(0, 6).map((i) => (
              <span key={`${i.type}:${i.value}`} className="pill pill-type">
                {i.type} {defang(i.value)}
              </span>
            ))}
          </div>
        </a>
      ))}
    </div>
  );
}

interface CampaignDetail extends Campaign {
  memberItems: Array<{ id: string; kind: string; date?: string; subject?: string; from?: Party; verdict: VerdictBrief | null }>;
}

function CampaignPage({ caseId, campaignId }: { caseId: string; campaignId: string }) {
  const [c, setC] = useState<CampaignDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<CampaignDetail>(`/api/cases/${encodeURIComponent(caseId)}/campaigns/${encodeURIComponent(campaignId)}`).then(setC, (e) => setError(String(e.message ?? e)));
  }, [caseId, campaignId]);
  if (error) return <div className="alert alert-error">{error}</div>;
  if (!c) return <p className="muted">Loading…</p>;
  return (
    <div>
      <div className="page-head">
        <div>
          <a className="muted small" href={href('cases', caseId, 'campaigns')}>
            ← Campaigns
          </a>
          <h2>{c.summary}</h2>
          <p className="muted small">
            {c.members.length} messages · {fmtDate(c.first_seen)} → {fmtDate(c.last_seen)} · languages {c.languages.join(', ') || '—'} ·{' '}
            <a href={href('cases', caseId, 'timeline', c.id)}>timeline</a>
          </p>
        </div>
        <ExportButtons caseId={caseId} campaign={c.id} />
      </div>
      <div className="two-col">
        <div className="table-scroll">
        <table className="grid">
          <thead>
            <tr>
              <th>Verdict</th>
              <th>Date</th>
              <th>Sender</th>
              <th>Subject</th>
            </tr>
          </thead>
          <tbody>
            {c.memberItems.map((m) => (
              <tr key={m.id}>
                <td>
                  <VerdictBadge verdict={m.verdict} />
                </td>
                <td className="mono nowrap">{fmtDate(m.date).slice(0, 16)}</td>
                <td className="ellipsis narrow-cell">{party(m.from)}</td>
                <td className="ellipsis">
                  <a href={href('cases', caseId, 'evidence', m.id)}>{m.subject ?? m.id}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
        <div className="card">
          <h3>Shared indicators</h3>
          <ul className="indicator-list">
            {c.indicators.map((i) => (
              <li key={`${i.type}:${i.value}`}>
                <span className="pill pill-type">{i.type}</span> <span className="mono wrap">{defang(i.value)}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
