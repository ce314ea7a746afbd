/**
 * Upload with two progress bars: bytes sent (XHR upload progress) and ingest progress (SSE from
 * the job). The CSRF token rides in a header, as for every write.
 */
import { useRef, useState } from 'react';
import { getCsrfToken } from '../api';
import { fmtBytes } from '../format';
import { href } from '../router';
import type { JobStatus } from '../types';

export function UploadView({ caseId, onIngested }: { caseId: string; onIngested: () => void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [sent, setSent] = useState<number | null>(null);
  const [job, setJob] = useState<JobStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [drag, setDrag] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const total = files.reduce((s, f) => s + f.size, 0);

  const start = () => {
    setError(null);
    setJob(null);
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/cases/${encodeURIComponent(caseId)}/uploads`);
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => setSent(e.lengthComputable ? e.loaded / e.total : null);
    xhr.onload = () => {
      const body = JSON.parse(xhr.responseText || 'null');
      if (xhr.status !== 202) {
        setError(body?.error?.message ?? `upload failed (HTTP ${xhr.status})`);
        return;
      }
      setSent(1);
      setJob(body as JobStatus);
      const es = new EventSource(`/api/cases/${encodeURIComponent(caseId)}/jobs/${body.id}/events`);
      const on = (ev: MessageEvent) => setJob(JSON.parse(ev.data) as JobStatus);
      es.addEventListener('progress', on);
      for (const end of ['done', 'failed']) {
        es.addEventListener(end, (ev) => {
          on(ev as MessageEvent);
          es.close();
          onIngested();
        });
      }
      es.onerror = () => es.close();
    };
    xhr.onerror = () => setError('upload failed: connection lost');
    setSent(0);
    xhr.send(form);
  };

  const ingestPct = job ? (job.state === 'done' ? 1 : job.filesTotal ? job.filesDone / job.filesTotal : 0) : 0;
  return (
    <div className="upload-view">
      <div
        className={`dropzone ${drag ? 'dropzone-active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDrag(true);
        }}
        onDragLeave={() => setDrag(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDrag(false);
          setFiles([...files, ...Array.from(e.dataTransfer.files)]);
        }}
        onClick={() => input.current?.click()}
        onKeyDown={(e) => e.key === 'Enter' && input.current?.click()}
        role="button"
        tabIndex={0}
      >
        <div className="dropzone-title">Drop evidence here, or click to choose files</div>
        <div className="muted small">.eml .mbox .msg, WhatsApp/Telegram exports, SMS backups, CSV/JSONL, HTML, text, zip, transaction dumps</div>
        <input ref={input} type="file" multiple hidden data-testid="upload-input" onChange={(e) => setFiles([...files, ...Array.from(e.target.files ?? [])])} />
      </div>
      {files.length > 0 && (
        <div className="card">
          <div className="muted small">
            {files.length} file(s), {fmtBytes(total)}
          </div>
          <ul className="file-list">
            {files.map((f, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same name may be chosen twice
              <li key={i} className="mono small">
                {f.name} <span className="muted">{fmtBytes(f.size)}</span>
              </li>
            ))}
          </ul>
          <div className="inline-form">
            <button type="button" className="btn btn-primary" onClick={start} disabled={sent !== null && job?.state !== 'done' && job?.state !== 'failed'}>
              Upload and ingest
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => { setFiles([]); setSent(null); setJob(null); }}>
              Clear
            </button>
          </div>
        </div>
      )}
      {sent !== null && (
        <div className="card">
          <div className="progress-label">Upload {sent === null ? '' : `${Math.round(sent * 100)}%`}</div>
          <progress className="progress" max={1} value={sent} data-testid="upload-progress" />
          <div className="progress-label">
            Ingest {job ? `${job.state} · ${job.filesDone}/${job.filesTotal} files · ${job.items} items${job.current ? ` · ${job.current}` : ''}` : 'waiting'}
          </div>
          <progress className="progress" max={1} value={ingestPct} data-testid="ingest-progress" />
          {job?.state === 'done' && job.report && (
            <div className="alert alert-ok" data-testid="ingest-done">
              Ingested {job.report.ingested} new item(s), {job.report.duplicates} duplicate(s), {job.report.failed.length} failure(s).{' '}
              <a href={href('cases', caseId, 'evidence')}>Open the evidence</a>
            </div>
          )}
          {job?.report?.failed.map((f) => (
            <div key={f.path} className="alert alert-error small">
              {f.path.split('/').pop()}: {f.error}
            </div>
          ))}
          {job?.state === 'failed' && <div className="alert alert-error">{job.error}</div>}
        </div>
      )}
      {error && <div className="alert alert-error">{error}</div>}
    </div>
  );
}
