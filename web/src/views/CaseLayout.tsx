/**
 * A case: header with counts and exports, tab navigation, and the selected view. The view does
 * not wait for the header's counts (its own request runs alongside), and the heavy views (graph:
 * sigma + graphology; message: DOMPurify) are separate chunks, so the evidence table's first
 * paint needs only the small main bundle and two requests.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { api, arrived } from '../api';
import { graphLimitFromHash, prefetchGraph } from '../graph-data';
import { href } from '../router';
import type { User } from '../types';
import { graphViewChunk, messageViewChunk, type ViewChunk } from '../view-chunks';
import { AuditView } from './AuditView';
import { CampaignsView } from './CampaignsView';
import { CryptoView } from './CryptoView';
import { EvidenceView } from './EvidenceView';
import { ExportButtons } from './ExportButtons';
import { IndicatorsView } from './IndicatorsView';
import { TimelineView } from './TimelineView';
import { UploadView } from './UploadView';

/**
 * A lazy view that does not suspend when its chunk is already in: React reads a thenable that
 * calls back synchronously as resolved, so no fallback is committed (and no fallback throttle
 * holds the view back afterwards).
 */
function lazyView<M, P>(c: ViewChunk<M>, pick: (m: M) => React.ComponentType<P>) {
  return lazy(() => {
    if (!c.loaded) return c.load().then((m) => ({ default: pick(m) }));
    const value = { default: pick(c.loaded) };
    return { then: (resolve: (v: typeof value) => void) => resolve(value) } as unknown as Promise<typeof value>;
  });
}
const GraphView = lazyView(graphViewChunk, (m) => m.GraphView);
const MessageView = lazyView(messageViewChunk, (m) => m.MessageView);

interface CaseDetail {
  id: string;
  name: string;
  evidence: number;
  observables: number;
  right: 'read' | 'write';
  byClass: Record<string, number>;
}

const TABS: Array<[string, string]> = [
  ['evidence', 'Evidence'],
  ['indicators', 'Indicators'],
  ['graph', 'Graph'],
  ['timeline', 'Timeline'],
  ['campaigns', 'Campaigns'],
  ['crypto', 'Crypto'],
  ['upload', 'Upload'],
  ['audit', 'Audit log'],
];

export function CaseLayout({ caseId, route, user }: { caseId: string; route: string[]; user: User }) {
  const [info, setInfo] = useState(() => arrived<CaseDetail>(`/api/cases/${encodeURIComponent(caseId)}`) ?? null);
  const skipFirst = useRef(info !== null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const openTab = route[0] ?? 'evidence';
  // The graph's data is requested alongside its lazy chunk, not after it (the view takes it).
  // With the chunk already in, the view mounted without suspending and its own effect (which
  // runs before this one) has taken or requested the body: a prefetch now would fetch it twice.
  useEffect(() => {
    if (openTab === 'graph' && !graphViewChunk.loaded) prefetchGraph(caseId, graphLimitFromHash());
  }, [caseId, openTab]);
  useEffect(() => {
    if (skipFirst.current) {
      skipFirst.current = false;
      return;
    }
    api<CaseDetail>(`/api/cases/${encodeURIComponent(caseId)}`).then(setInfo, (e) => setError(String(e.message ?? e)));
  }, [caseId, reload]);
  if (error) return <div className="page"><div className="alert alert-error">{error}</div></div>;
  const tab = route[0] ?? 'evidence';
  const canWrite = info?.right === 'write';
  let view: React.ReactNode;
  switch (tab) {
    case 'evidence':
      view = route[1] ? <MessageView caseId={caseId} evidenceId={route[1]} canWrite={canWrite} /> : <EvidenceView caseId={caseId} />;
      break;
    case 'indicators':
      view = <IndicatorsView caseId={caseId} />;
      break;
    case 'graph':
      view = <GraphView caseId={caseId} />;
      break;
    case 'timeline':
      view = <TimelineView caseId={caseId} campaign={route[1]} />;
      break;
    case 'campaigns':
      view = <CampaignsView caseId={caseId} campaignId={route[1]} />;
      break;
    case 'crypto':
      view = <CryptoView caseId={caseId} />;
      break;
    case 'upload':
      view = !info ? null : canWrite ? <UploadView caseId={caseId} onIngested={() => setReload((n) => n + 1)} /> : <p className="muted">Your role on this case is read-only.</p>;
      break;
    case 'audit':
      view = <AuditView caseId={caseId} />;
      break;
    default:
      view = <p className="muted">Unknown view.</p>;
  }
  return (
    <div className="case">
      <div className="case-head">
        <div>
          <div className="crumbs">
            <a href="#/">Cases</a> / <span>{info?.name ?? '…'}</span>
          </div>
          {info ? (
            <div className="case-stats">
              <span>{info.evidence.toLocaleString()} items</span>
              <span>{info.observables.toLocaleString()} indicators</span>
              {(['phishing', 'scam', 'spam', 'ham'] as const).map((c) => (
                <a key={c} className={`pill pill-${c}`} href={`${href('cases', caseId, 'evidence')}?class=${c}`}>
                  {c} {info.byClass[c] ?? 0}
                </a>
              ))}
              {!canWrite && <span className="badge badge-read">read-only</span>}
              {user.role === 'admin' && <span className="badge badge-write">admin</span>}
            </div>
          ) : (
            <div className="case-stats muted">Loading case…</div>
          )}
        </div>
        <ExportButtons caseId={caseId} />
      </div>
      <nav className="tabs">
        {TABS.map(([id, label]) => (
          <a key={id} className={`tab ${tab === id ? 'tab-active' : ''}`} href={href('cases', caseId, id)}>
            {label}
          </a>
        ))}
      </nav>
      <section className="case-body">
        <Suspense fallback={<p className="muted">Loading…</p>}>{view}</Suspense>
      </section>
    </div>
  );
}
