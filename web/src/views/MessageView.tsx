/**
 * The SAFE message view. Evidence is hostile: HTML is sanitised into an inert fragment (see
 * safe-html.ts) and inserted as DOM nodes, never as markup the browser would parse with our
 * privileges; every other field is rendered as React text.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api';
import { defang, hostOf } from '../defang';
import { fmtBytes, fmtDate, party } from '../format';
import { href } from '../router';
import { sanitiseEmailHtml } from '../safe-html';
import type { EvidenceDetail, Finding } from '../types';
import { VerdictBadge } from './VerdictBadge';

type Pane = 'html' | 'text' | 'attachments' | 'headers';

/** Every finding but the verdict shown above it: triage's own (not scored, a story told across a chat) too. */
const isOtherFinding = (f: Finding): boolean => !(f.analyser === 'triage' && f.kind === 'verdict');

const PANE_LABEL: Record<Pane, string> = {
  html: 'Rendered (sanitised)',
  text: 'Plain text',
  attachments: 'Attachments’ text',
  headers: 'Raw headers',
};

/** A reason whose weight pulls the other way than the verdict: triage lists the strongest after its own. */
const against = (cls: string | undefined, weight: number): boolean =>
  cls === 'ham' ? weight > 0 : cls !== undefined && weight < 0;

export function MessageView({ caseId, evidenceId, canWrite }: { caseId: string; evidenceId: string; canWrite: boolean }) {
  const [detail, setDetail] = useState<EvidenceDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pane, setPane] = useState<Pane>('html');
  const [reload, setReload] = useState(0);
  const base = `/api/cases/${encodeURIComponent(caseId)}/evidence/${encodeURIComponent(evidenceId)}`;
  useEffect(() => {
    api<EvidenceDetail>(base).then(
      (d) => {
        setDetail(d);
        if (!d.evidence.html) setPane('text');
      },
      (e) => setError(String(e.message ?? e)),
    );
  }, [base, reload]);

  if (error) return <div className="alert alert-error">{error}</div>;
  if (!detail) return <p className="muted">Loading…</p>;
  const e = detail.evidence;
  const urlVerdicts = new Map<string, string>();
  for (const f of detail.findings) {
    if (f.analyser === 'impersonation' && f.label) {
      const target = typeof f.data?.domain === 'string' ? f.data.domain : typeof f.data?.input === 'string' ? f.data.input : '';
      if (target) urlVerdicts.set(target.toLowerCase(), `imitates ${f.label}`);
    }
  }
  const verdictFor = (target: string): string => {
    const host = hostOf(target) ?? '';
    const imitation = [...urlVerdicts.entries()].find(([d]) => host === d || host.endsWith(`.${d}`));
    const cls = detail.verdict ? `message verdict: ${detail.verdict.class}` : 'message not scored';
    return imitation ? `${cls}; host ${imitation[1]}` : cls;
  };

  return (
    <div className="message-view">
      <div className="message-head">
        <a className="muted small" href={href('cases', caseId, 'evidence')}>
          ← Evidence
        </a>
        <h2 className="message-subject">{e.subject || e.fileName || e.path}</h2>
        <div className="message-meta">
          <VerdictBadge verdict={detail.verdict} />
          <span>
            <b>From</b> {party(e.from)}
          </span>
          <span>
            <b>To</b> {(e.to ?? []).map(party).join(', ') || '—'}
          </span>
          <span>
            <b>Date</b> {fmtDate(e.date)}
          </span>
          {detail.verdict && <span><b>Language</b> {detail.verdict.lang}</span>}
        </div>
        <div className="message-meta muted small">
          <span className="mono">id {e.id}</span>
          <span className="mono" title="SHA-256 of the original bytes">
            sha256 {e.sha256.slice(0, 16)}…
          </span>
          <span>{fmtBytes(e.size)}</span>
          <span>{e.kind}</span>
          <a className="btn btn-small" href={`${base}/raw`} download>
            Download original
          </a>
        </div>
      </div>
      <div className="message-layout">
        <div className="message-main">
          <div className="pane-tabs">
            {(Object.keys(PANE_LABEL) as Pane[]).map((p) => (
              <button
                key={p}
                type="button"
                className={`tab ${pane === p ? 'tab-active' : ''}`}
                onClick={() => setPane(p)}
                disabled={(p === 'html' && !e.html) || (p === 'attachments' && !e.attachmentText)}
              >
                {PANE_LABEL[p]}
              </button>
            ))}
          </div>
          {pane === 'html' && e.html && <SafeHtmlPane html={e.html} verdictFor={verdictFor} />}
          {pane === 'text' && <pre className="message-text">{e.text ?? '(no text)'}</pre>}
          {pane === 'attachments' && (
            // What ingest read from the attached PDFs, Word documents and HTML pages and the QR codes of the
            // pictures, as plain React text: the triage verdict read it with the body.
            <pre className="message-text">{e.attachmentText ?? '(no attachment text)'}</pre>
          )}
          {pane === 'headers' && (
            <table className="grid headers-table">
              <tbody>
                {(e.headers ?? []).map((h, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: headers repeat; order is their identity
                  <tr key={i}>
                    <th className="mono">{h.name}</th>
                    <td className="mono wrap">{h.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {detail.children.length > 0 && (
            <div className="card">
              <h3>Attachments and parts</h3>
              <ul>
                {detail.children.map((c) => (
                  <li key={c.id}>
                    <a href={href('cases', caseId, 'evidence', c.id)}>{c.fileName ?? c.path}</a> <span className="muted small">{c.kind} · {fmtBytes(c.size)}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        <aside className="message-side">
          <div className="card">
            <h3>Why this verdict</h3>
            {detail.verdict?.reasons.length ? (
              <ul className="reasons">
                {detail.verdict.reasons.map((r, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: reasons may repeat a signal
                  <li key={i} className={against(detail.verdict?.class, r.weight) ? 'reason-against' : undefined}>
                    <span className="reason-signal">
                      {r.signal}
                      {against(detail.verdict?.class, r.weight) && <span className="muted small"> (against)</span>}
                    </span>
                    <span className="reason-weight">{r.weight >= 0 ? '+' : ''}{r.weight.toFixed(2)}</span>
                    <div className="reason-evidence">{defang(r.evidence)}</div>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted small">No reasons recorded.</p>
            )}
            {canWrite && <Override base={base} onDone={() => setReload((n) => n + 1)} />}
          </div>
          <div className="card">
            <h3>Other findings</h3>
            {detail.findings.filter(isOtherFinding).length === 0 && <p className="muted small">None.</p>}
            {detail.findings
              .filter(isOtherFinding)
              .map((f, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id
                <div key={i} className="finding">
                  <b>{f.analyser}</b> · {f.kind} {f.label ? `· ${defang(f.label)}` : ''}
                  {f.reasons?.map((r, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: see above
                    <div key={j} className="muted small">
                      {r.signal}: {defang(r.evidence)}
                    </div>
                  ))}
                </div>
              ))}
          </div>
          <div className="card">
            <h3>Indicators ({detail.observables.length})</h3>
            <ul className="indicator-list">
              {detail.observables.map((o, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the same value may occur twice
                <li key={i}>
                  <span className="pill pill-type">{o.type}</span> <span className="mono wrap">{defang(o.value)}</span>
                </li>
              ))}
            </ul>
          </div>
        </aside>
      </div>
    </div>
  );
}

function SafeHtmlPane({ html, verdictFor }: { html: string; verdictFor: (t: string) => string }) {
  const ref = useRef<HTMLDivElement>(null);
  const safe = useMemo(() => sanitiseEmailHtml(html, verdictFor), [html, verdictFor]);
  useEffect(() => {
    ref.current?.replaceChildren(safe.fragment.cloneNode(true));
  }, [safe]);
  return (
    <div>
      <div className="safety-bar">
        <span>Sanitised view: scripts removed, links disabled and shown with their real target</span>
        {safe.blockedImages.length > 0 && <span>{safe.blockedImages.length} remote image(s) blocked</span>}
        {safe.links.some((l) => l.mismatch) && <span className="warn">links whose text shows a different address</span>}
      </div>
      <div className="message-html" ref={ref} data-testid="message-html" />
      {safe.links.length > 0 && (
        <table className="grid links-table">
          <thead>
            <tr>
              <th>Link text</th>
              <th>Real target (defanged)</th>
            </tr>
          </thead>
          <tbody>
            {safe.links.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: links repeat
              <tr key={i} className={l.mismatch ? 'row-phishing' : ''} title={verdictFor(l.target)}>
                <td className="ellipsis">{l.text}</td>
                <td className="mono wrap">{defang(l.target)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function Override({ base, onDone }: { base: string; onDone: () => void }) {
  const [cls, setCls] = useState('phishing');
  const [note, setNote] = useState('');
  const [msg, setMsg] = useState<string | null>(null);
  const save = async () => {
    try {
      await api(`${base}/verdict`, { method: 'POST', body: { class: cls, note } });
      setMsg('Recorded in the audit log.');
      onDone();
    } catch (err) {
      setMsg(String((err as Error).message));
    }
  };
  return (
    <div className="override">
      <h4>Analyst verdict</h4>
      <div className="inline-form">
        <select value={cls} onChange={(e) => setCls(e.target.value)}>
          <option value="phishing">phishing</option>
          <option value="scam">scam</option>
          <option value="spam">spam</option>
          <option value="ham">ham</option>
        </select>
        <input placeholder="note" value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="button" className="btn btn-small" onClick={save}>
          Record
        </button>
      </div>
      {msg && <p className="muted small">{msg}</p>}
    </div>
  );
}
