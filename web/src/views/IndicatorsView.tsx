/** Indicators across the case, most widespread first, defanged. */
import { useEffect, useState } from 'react';
import { api, qs } from '../api';
import { defang } from '../defang';
import { href } from '../router';

interface Row {
  type: string;
  value: string;
  count: number;
  items: number;
  evidence: string[];
}

export function IndicatorsView({ caseId }: { caseId: string }) {
  const [type, setType] = useState('');
  const [q, setQ] = useState('');
  const [data, setData] = useState<{ total: number; items: Row[] } | null>(null);
  useEffect(() => {
    const t = setTimeout(() => {
      api<{ total: number; items: Row[] }>(`/api/cases/${encodeURIComponent(caseId)}/observables${qs({ type, q, limit: 500 })}`).then(setData);
    }, 200);
    return () => clearTimeout(t);
  }, [caseId, type, q]);
  return (
    <div>
      <div className="filters">
        <input className="search" type="search" placeholder="Filter values…" value={q} onChange={(e) => setQ(e.target.value)} />
        <select value={type} onChange={(e) => setType(e.target.value)} aria-label="type">
          <option value="">All types</option>
          {['url', 'domain', 'email', 'phone', 'iban', 'ipv4', 'ipv6', 'btc', 'eth', 'trx', 'xmr', 'telegram', 'onion', 'card', 'cve'].map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <span className="muted small">{data ? `${data.total.toLocaleString()} distinct indicators` : ''}</span>
      </div>
      <table className="grid">
        <thead>
          <tr>
            <th>Type</th>
            <th>Value (defanged)</th>
            <th>Items</th>
            <th>Seen in</th>
          </tr>
        </thead>
        <tbody>
          {data?.items.map((r) => (
            <tr key={`${r.type}:${r.value}`}>
              <td>
                <span className="pill pill-type">{r.type}</span>
              </td>
              <td className="mono wrap">{defang(r.value)}</td>
              <td className="num">{r.items}</td>
              <td className="ellipsis">
                {r.evidence.slice(0, 5).map((id) => (
                  <a key={id} className="mono small id-link" href={href('cases', caseId, 'evidence', id)}>
                    {id.slice(0, 8)}
                  </a>
                ))}
                {r.items > 5 ? ` +${r.items - 5}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
