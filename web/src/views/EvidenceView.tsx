/** The evidence table: verdict, class, language, sender, subject; filters, search and paging. */
import { useEffect, useRef, useState } from 'react';
import { api, arrived } from '../api';
import { EVIDENCE_PAGE, evidencePath, initialFilter } from '../evidence-query';
import { fmtDate, party } from '../format';
import { href } from '../router';
import type { EvidenceRow } from '../types';
import { VerdictBadge } from './VerdictBadge';

const PAGE = EVIDENCE_PAGE;

export function EvidenceView({ caseId }: { caseId: string }) {
  const [cls, setCls] = useState(initialFilter('class'));
  const [kind, setKind] = useState('');
  const [lang, setLang] = useState('');
  const [sender, setSender] = useState('');
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  // The first page from the boot prefetch when it is already here: rows in the first render.
  const [data, setData] = useState(() =>
    arrived<{ total: number; items: EvidenceRow[] }>(
      evidencePath(caseId, { cls, kind, lang, sender, q, offset }),
    ) ?? null,
  );
  const skipFirst = useRef(data !== null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const t = setTimeout(() => setQ(search), 250);
    return () => clearTimeout(t);
  }, [search]);
  useEffect(() => setOffset(0), [cls, kind, lang, sender, q]);
  useEffect(() => {
    if (skipFirst.current) {
      skipFirst.current = false;
      return;
    }
    let live = true;
    api<{ total: number; items: EvidenceRow[] }>(evidencePath(caseId, { cls, kind, lang, sender, q, offset })).then(
      (d) => live && setData(d),
      (e) => live && setError(String(e.message ?? e)),
    );
    return () => {
      live = false;
    };
  }, [caseId, cls, kind, lang, sender, q, offset]);

  return (
    <div className="evidence-view">
      <div className="filters">
        <input className="search" type="search" placeholder="Search subject, sender, text…" value={search} onChange={(e) => setSearch(e.target.value)} aria-label="search" />
        <select value={cls} onChange={(e) => setCls(e.target.value)} aria-label="class">
          <option value="">All classes</option>
          <option value="phishing">Phishing</option>
          <option value="scam">Scam / fraud</option>
          <option value="spam">Spam</option>
          <option value="ham">Legitimate (ham)</option>
        </select>
        <select value={kind} onChange={(e) => setKind(e.target.value)} aria-label="kind">
          <option value="">All kinds</option>
          {['email', 'sms', 'chat-message', 'webpage', 'text', 'file', 'crypto-transactions', 'mailbox', 'chat-export', 'archive'].map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        <input className="narrow" placeholder="Language (en, de…)" value={lang} onChange={(e) => setLang(e.target.value.trim().toLowerCase())} aria-label="language" />
        <input placeholder="Sender contains…" value={sender} onChange={(e) => setSender(e.target.value)} aria-label="sender" />
        <span className="muted small">{data ? `${data.total.toLocaleString()} items` : ''}</span>
      </div>
      {error && <div className="alert alert-error">{error}</div>}
      <table className="grid evidence-table">
        <thead>
          <tr>
            <th>Verdict</th>
            <th>Lang</th>
            <th>Kind</th>
            <th>Date</th>
            <th>Sender</th>
            <th>Subject / name</th>
          </tr>
        </thead>
        <tbody>
          {data?.items.map((e) => (
            <tr key={e.id} className={`row-${e.verdict?.class ?? 'none'}`}>
              <td>
                <VerdictBadge verdict={e.verdict} />
              </td>
              <td className="mono">{e.verdict?.lang ?? ''}</td>
              <td className="muted">{e.kind}</td>
              <td className="mono nowrap">{fmtDate(e.date).slice(0, 16)}</td>
              <td className="ellipsis" title={party(e.from)}>
                {party(e.from)}
              </td>
              <td className="ellipsis">
                <a href={href('cases', caseId, 'evidence', e.id)}>{e.subject || e.fileName || e.path.split('/').pop()}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data && data.items.length === 0 && <p className="muted empty">No evidence matches.</p>}
      {data && data.total > PAGE && (
        <div className="pager">
          <button type="button" className="btn btn-small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            ← Previous
          </button>
          <span className="muted small">
            {offset + 1}–{Math.min(offset + PAGE, data.total)} of {data.total.toLocaleString()}
          </span>
          <button type="button" className="btn btn-small" disabled={offset + PAGE >= data.total} onClick={() => setOffset(offset + PAGE)}>
            Next →
          </button>
        </div>
      )}
    </div>
  );
}
