/** Downloads go through plain links: the browser sends the session cookie, the server sets attachment. */
export function ExportButtons({ caseId, campaign }: { caseId: string; campaign?: string }) {
  const q = campaign ? `?campaign=${encodeURIComponent(campaign)}` : '';
  const base = `/api/cases/${encodeURIComponent(caseId)}/export`;
  return (
    <div className="export-buttons">
      <span className="muted small">Export{campaign ? ' campaign' : ''}:</span>
      <a className="btn btn-small" href={`${base}/stix${q}`} download>
        STIX 2.1
      </a>
      <a className="btn btn-small" href={`${base}/misp${q}`} download>
        MISP
      </a>
      <a className="btn btn-small" href={`${base}/csv${q}`} download>
        CSV
      </a>
    </div>
  );
}
