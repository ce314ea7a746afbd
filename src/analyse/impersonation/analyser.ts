/**
 * @module analyse/impersonation/analyser
 * Ingest entry point of the impersonation analyser. For one message it reports, as findings with
 * reasons `{signal, weight, evidence}` triage can show:
 * - `lookalike-domain`: a sender, Reply-To, Return-Path or linked host imitating a brand;
 * - `own-domain-lookalike`: one imitating the recipient's own domain;
 * - `display-name-spoof`, `executive-impersonation`, `reply-to-mismatch`, `return-path-mismatch`;
 * - `auth-results`: SPF/DKIM/DMARC verdicts parsed from the headers.
 * Pure: brands and executives come from `options` (bundled brands when absent); indexes are
 * memoised per brand list, which changes no result.
 */
import type { Header, Party } from '../../core/evidence.js';
import type { Finding, Reason } from '../../core/finding.js';
import type { Analyser, AnalysisInput, AnalysisOptions, AnalysisOutput } from '../analyser.js';
import { summariseAuth } from './auth-results.js';
import { type BrandIndex, buildBrandIndex } from './brand-index.js';
import { type Brand, loadBundledBrands } from './brands.js';
import { checkLookalike } from './check-lookalike.js';
import { hostsToCheck } from './scan-hosts.js';
import {
  displayNameSpoof,
  domainOf,
  executiveImpersonation,
  isFreeMail,
  replyToMismatch,
  returnPathMismatch,
  siteOf,
} from './sender-checks.js';

const ANALYSER = 'impersonation';
const indexes = new WeakMap<ReadonlyArray<Brand>, BrandIndex>();

function indexFor(brands: ReadonlyArray<Brand> | undefined): BrandIndex {
  const list = brands ?? loadBundledBrands();
  let index = indexes.get(list);
  if (!index) {
    index = buildBrandIndex(list);
    indexes.set(list, index);
  }
  return index;
}

const header = (headers: ReadonlyArray<Header> | undefined, name: string): string | undefined =>
  headers?.find((h) => h.name.toLowerCase() === name)?.value;

const finding = (
  kind: string,
  reasons: Reason[],
  label: string,
  data?: Record<string, unknown>,
): Finding => ({
  analyser: ANALYSER,
  kind,
  score: Math.max(...reasons.map((r) => r.weight)),
  label,
  reasons,
  ...(data ? { data } : {}),
});

/** Lookalikes of brands and of the recipient's own domains among every host the message names. */
function lookalikeFindings(input: AnalysisInput, prior: AnalysisOutput, index: BrandIndex): Finding[] {
  const refs = [
    ...(input.from?.address.includes('@') ? [{ value: input.from.address, source: 'header:From' }] : []),
    ...(input.replyTo ?? []).map((p) => ({ value: p.address, source: 'header:Reply-To' })),
    ...hostsToCheck(prior.observables, input.text, input.html),
  ];
  const rp = header(input.headers, 'return-path')?.replace(/[<>]/g, '').trim();
  if (rp?.includes('@')) refs.push({ value: rp, source: 'header:Return-Path' });
  const own = [
    ...new Set(
      (input.to ?? [])
        .map((p: Party) => domainOf(p.address))
        .filter((d) => d.includes('.') && !isFreeMail(d)),
    ),
  ];
  const ownIndex =
    own.length > 0
      ? buildBrandIndex(own.map((d) => ({ name: `recipient ${d}`, domain: siteOf(d) })))
      : undefined;
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    const r = checkLookalike(ref.value, index);
    if (!r.host || seen.has(r.host)) continue;
    seen.add(r.host);
    if (r.target) {
      const reasons = r.techniques.map((t) => ({
        signal: `lookalike:${t}`,
        weight: r.score,
        evidence: `${r.host} imitates ${r.target}`,
      }));
      out.push(
        finding('lookalike-domain', reasons, r.target, {
          host: r.host,
          target: r.target,
          brand: r.brand,
          techniques: r.techniques,
          source: ref.source,
        }),
      );
    }
    if (ownIndex) {
      const o = checkLookalike(ref.value, ownIndex);
      if (o.target) {
        const reasons = o.techniques.map((t) => ({
          signal: `own-domain:${t}`,
          weight: o.score,
          evidence: `${o.host} imitates the recipient's ${o.target}`,
        }));
        out.push(
          finding('own-domain-lookalike', reasons, o.target, {
            host: o.host,
            target: o.target,
            techniques: o.techniques,
            source: ref.source,
          }),
        );
      }
    }
  }
  return out;
}

function authFinding(headers: ReadonlyArray<Header>): Finding | undefined {
  const s = summariseAuth(headers);
  if (s.all.length === 0) return undefined;
  const reasons: Reason[] = [];
  const weight = {
    fail: 0.4,
    softfail: 0.2,
    permerror: 0.2,
    none: 0.1,
    neutral: 0.05,
    temperror: 0.05,
  } as const;
  for (const method of ['spf', 'dkim', 'dmarc'] as const) {
    const v = s[method];
    if (v && v in weight) {
      const w = weight[v as keyof typeof weight] * (method === 'dmarc' ? 1.5 : 1);
      reasons.push({
        signal: `${method}-${v}`,
        weight: Math.round(w * 100) / 100,
        evidence: `${method}=${v}`,
      });
    }
  }
  const label = (['spf', 'dkim', 'dmarc'] as const).map((m) => `${m}=${s[m] ?? 'absent'}`).join(' ');
  return {
    analyser: ANALYSER,
    kind: 'auth-results',
    score: reasons.length > 0 ? Math.min(1, Math.max(...reasons.map((r) => r.weight))) : 0,
    label,
    reasons,
    data: { spf: s.spf ?? null, dkim: s.dkim ?? null, dmarc: s.dmarc ?? null, headers: s.all },
  };
}

export function analyseImpersonation(
  input: AnalysisInput,
  prior: AnalysisOutput,
  options: AnalysisOptions,
): AnalysisOutput {
  const index = indexFor(options.brands);
  const findings: Finding[] = [];
  const from = input.from;
  if (from) {
    const dn = displayNameSpoof(from, index);
    if (dn.length > 0) findings.push(finding('display-name-spoof', dn, from.name ?? from.address));
    const ex = executiveImpersonation(from, options.executives ?? []);
    if (ex.length > 0) findings.push(finding('executive-impersonation', ex, from.name ?? from.address));
    const rt = replyToMismatch(from, input.replyTo ?? []);
    if (rt.length > 0) findings.push(finding('reply-to-mismatch', rt, from.address));
    const rp = returnPathMismatch(from, header(input.headers, 'return-path'));
    if (rp.length > 0) findings.push(finding('return-path-mismatch', rp, from.address));
  }
  findings.push(...lookalikeFindings(input, prior, index));
  const auth = authFinding(input.headers ?? []);
  if (auth) findings.push(auth);
  return { observables: [], findings };
}

export const impersonationAnalyser: Analyser = { name: ANALYSER, analyse: analyseImpersonation };
