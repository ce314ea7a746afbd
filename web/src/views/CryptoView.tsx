/** Follow the money from a seed address or transaction. */
import { type FormEvent, useState } from 'react';
import { api, getCsrfToken, qs } from '../api';

interface Hop {
  address: string | null;
  status?: string;
  tag?: { label: string; category: string };
  amount: string;
  hops: number;
  txids: string[];
}

export function CryptoView({ caseId }: { caseId: string }) {
  const [seed, setSeed] = useState('');
  const [hops, setHops] = useState(3);
  const [model, setModel] = useState('haircut');
  const [rows, setRows] = useState<Hop[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setRows(await api<Hop[]>(`/api/cases/${encodeURIComponent(caseId)}/crypto/trace${qs({ seed: seed.trim(), hops, model })}`));
    } catch (err) {
      setError(String((err as Error).message));
    } finally {
      setBusy(false);
    }
  };
  const [importMsg, setImportMsg] = useState<string | null>(null);
  const importDumps = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const form = new FormData();
    for (const f of Array.from(files)) form.append('files', f, f.name);
    setImportMsg('Importing…');
    const res = await fetch(`/api/cases/${encodeURIComponent(caseId)}/crypto/imports`, {
      method: 'POST',
      body: form,
      headers: { 'x-csrf-token': getCsrfToken() ?? '' },
      credentials: 'same-origin',
    });
    const body = await res.json();
    setImportMsg(
      res.ok
        ? `Imported ${body.transactions} transactions, ${body.addresses} addresses${body.failed?.length ? `; ${body.failed.length} file(s) failed` : ''}.`
        : (body.error?.message ?? `HTTP ${res.status}`),
    );
  };
  return (
    <div>
      <div className="filters">
        <label className="btn btn-small">
          Import transaction dumps…
          <input type="file" multiple hidden data-testid="crypto-import" onChange={(e) => void importDumps(e.target.files)} />
        </label>
        <span className="muted small" data-testid="crypto-import-msg">
          {importMsg ?? 'Bitcoin Core getblock JSON, Esplora, EVM RPC, Etherscan CSV'}
        </span>
      </div>
      <form className="filters" onSubmit={run}>
        <input className="search mono" placeholder="Seed address or txid" value={seed} onChange={(e) => setSeed(e.target.value)} aria-label="seed" />
        <label className="small">
          hops <input className="narrow" type="number" min={1} max={20} value={hops} onChange={(e) => setHops(Number(e.target.value))} />
        </label>
        <select value={model} onChange={(e) => setModel(e.target.value)} aria-label="model">
          <option value="haircut">haircut</option>
          <option value="fifo">FIFO</option>
          <option value="poison">poison</option>
        </select>
        <button className="btn btn-primary" type="submit" disabled={!seed || busy}>
          {busy ? 'Tracing…' : 'Trace'}
        </button>
      </form>
      {error && <div className="alert alert-info">{error}</div>}
      {rows && (
        <table className="grid">
          <thead>
            <tr>
              <th>Hops</th>
              <th>Address</th>
              <th className="num">Amount (base units)</th>
              <th>Status / entity</th>
              <th>Transactions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.address}:${r.hops}:${r.txids.join()}`}>
                <td className="num">{r.hops}</td>
                <td className="mono wrap">{r.address ?? '(left the chain)'}</td>
                <td className="num mono">{BigInt(r.amount).toLocaleString()}</td>
                <td className="small">
                  {r.status ?? ''} {r.tag ? <span className="pill pill-scam">{r.tag.label} · {r.tag.category}</span> : null}
                </td>
                <td className="mono small wrap">{r.txids.map((t) => t.slice(0, 12)).join(' → ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows?.length === 0 && <p className="muted">Nothing reachable from this seed in the imported transactions.</p>}
    </div>
  );
}
