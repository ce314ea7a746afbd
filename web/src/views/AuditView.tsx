/** The case's hash-chained audit log: who did what, when. */
import { useEffect, useState } from 'react';
import { api } from '../api';
import { fmtDate } from '../format';

interface Entry {
  seq: number;
  ts: string;
  actor: string;
  action: string;
  target: string | null;
  details: Record<string, unknown>;
  hash: string;
}

export function AuditView({ caseId }: { caseId: string }) {
  const [rows, setRows] = useState<Entry[] | null>(null);
  useEffect(() => {
    api<Entry[]>(`/api/cases/${encodeURIComponent(caseId)}/audit?limit=1000`).then(setRows);
  }, [caseId]);
  return (
    <table className="grid">
      <thead>
        <tr>
          <th>#</th>
          <th>Time</th>
          <th>Actor</th>
          <th>Action</th>
          <th>Target</th>
          <th>Details</th>
          <th>Hash</th>
        </tr>
      </thead>
      <tbody>
        {rows?.map((r) => (
          <tr key={r.seq}>
            <td className="num">{r.seq}</td>
            <td className="mono nowrap">{fmtDate(r.ts)}</td>
            <td>{r.actor}</td>
            <td className="mono">{r.action}</td>
            <td className="mono ellipsis">{r.target ?? ''}</td>
            <td className="mono small ellipsis">{JSON.stringify(r.details)}</td>
            <td className="mono small">{r.hash.slice(0, 12)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
