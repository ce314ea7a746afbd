/**
 * @module demo/summarise-case
 * What a case holds, in the few numbers and examples an analyst looks at first.
 */
import type { CaseStore } from '../case/case-store.js';
import type { Reason } from '../core/finding.js';

export interface CaseSummary {
  evidence: number;
  byKind: Record<string, number>;
  verdicts: Record<string, number>;
  languages: Record<string, number>;
  indicators: Record<string, number>;
  /** The most certain unwanted messages, with their top reasons. */
  topThreats: Array<{
    id: string;
    class: string;
    score: number;
    lang: string;
    what: string;
    reasons: Reason[];
  }>;
  /** Stories told across a chat's messages (`triage/conversation-story`), with their parts. */
  stories: Array<{ id: string; what: string; story: string; evidence: string }>;
  /** Non-triage findings (impersonation, …) by analyser/kind. */
  findings: Record<string, number>;
  findingExamples: Array<{ id: string; kind: string; label: string | null }>;
}

export function summariseCase(store: CaseStore): CaseSummary {
  const byKind: Record<string, number> = {};
  const whatOf = new Map<string, string>();
  for (const e of store.iterateEvidence()) {
    byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
    whatOf.set(
      e.id,
      e.subject ?? (e.text ? e.text.replace(/\s+/g, ' ').slice(0, 70) : (e.fileName ?? e.path)),
    );
  }
  const verdicts: Record<string, number> = {};
  const languages: Record<string, number> = {};
  const findings: Record<string, number> = {};
  const findingExamples: CaseSummary['findingExamples'] = [];
  const threats: CaseSummary['topThreats'] = [];
  const stories: CaseSummary['stories'] = [];
  for (const f of store.listFindings()) {
    if (f.analyser === 'triage' && f.kind === 'verdict') {
      const cls = f.label ?? 'ham';
      verdicts[cls] = (verdicts[cls] ?? 0) + 1;
      const lang = String(f.data?.lang ?? 'und');
      languages[lang] = (languages[lang] ?? 0) + 1;
      if (cls !== 'ham') {
        threats.push({
          id: f.evidenceId,
          class: cls,
          score: f.score ?? 0,
          lang,
          what: whatOf.get(f.evidenceId) ?? '',
          reasons: (f.reasons ?? []).slice(0, 3),
        });
      }
    } else {
      if (f.analyser === 'triage' && f.kind === 'conversation-story') {
        const why = f.reasons?.[0];
        stories.push({
          id: f.evidenceId,
          what: whatOf.get(f.evidenceId) ?? '',
          story: why?.signal ?? '',
          evidence: why?.evidence ?? '',
        });
      }
      const key = `${f.analyser}/${f.kind}`;
      findings[key] = (findings[key] ?? 0) + 1;
      if (findingExamples.length < 8 && !findingExamples.some((x) => x.kind === key)) {
        findingExamples.push({ id: f.evidenceId, kind: key, label: f.label ?? null });
      }
    }
  }
  const indicators: Record<string, number> = {};
  for (const o of store.listObservables()) indicators[o.type] = (indicators[o.type] ?? 0) + 1;
  threats.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return {
    evidence: store.countEvidence(),
    byKind,
    verdicts,
    languages,
    indicators,
    topThreats: threats.slice(0, 5),
    stories: stories.sort((a, b) => a.what.localeCompare(b.what) || a.evidence.localeCompare(b.evidence)),
    findings,
    findingExamples,
  };
}
