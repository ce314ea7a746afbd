/** The evidence table's page request, shared by the table and the boot prefetch (`boot.ts`). */
import { qs } from './api';
import { hashParam } from './location';

export const EVIDENCE_PAGE = 100;

/** A filter given in the route (`…/evidence?class=phishing`, from the case header's pills). */
export const initialFilter = (name: string): string => hashParam(name);

export const evidencePath = (
  caseId: string,
  f: { cls: string; kind: string; lang: string; sender: string; q: string; offset: number },
): string =>
  `/api/cases/${encodeURIComponent(caseId)}/evidence${qs({ class: f.cls, kind: f.kind, lang: f.lang, sender: f.sender, q: f.q, limit: EVIDENCE_PAGE, offset: f.offset })}`;
