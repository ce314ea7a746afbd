import { type FormEvent, useEffect, useState } from 'react';
import { api, ApiError } from '../api';
import { fmtDate } from '../format';
import { href } from '../router';
import type { CaseSummary, User } from '../types';

export function CaseListView({ user }: { user: User }) {
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const load = () => api<CaseSummary[]>('/api/cases').then(setCases, (e) => setError(String(e)));
  useEffect(() => {
    void load();
  }, []);
  const create = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api('/api/cases', { method: 'POST', body: { name } });
      setName('');
      await load();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  return (
    <div className="page">
      <div className="page-head">
        <h2>Cases</h2>
        {user.role === 'admin' && (
          <form className="inline-form" onSubmit={create}>
            <input placeholder="New case name" value={name} onChange={(e) => setName(e.target.value)} />
            <button className="btn" type="submit" disabled={!name}>
              Create case
            </button>
          </form>
        )}
      </div>
      {error && <div className="alert alert-error">{error}</div>}
      {cases === null ? (
        <p className="muted">Loading…</p>
      ) : cases.length === 0 ? (
        <p className="muted">You are not on any case yet. Ask an administrator to add you.</p>
      ) : (
        <div className="case-grid">
          {cases.map((c) => (
            <a key={c.id} className="case-card" href={href('cases', c.id, 'evidence')}>
              <div className="case-name">{c.name}</div>
              <div className="case-meta">
                <span>{c.evidence.toLocaleString()} items</span>
                <span>opened {fmtDate(c.createdAt).slice(0, 10)}</span>
                <span className={`badge ${c.right === 'write' ? 'badge-write' : 'badge-read'}`}>{c.right === 'write' ? 'analyst' : 'read-only'}</span>
              </div>
            </a>
          ))}
        </div>
      )}
    </div>
  );
}
