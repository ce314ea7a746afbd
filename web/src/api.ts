/**
 * The one way the UI talks to the server: same-origin fetch with the session cookie, the CSRF
 * token on every write, and errors turned into `ApiError` with the server's message.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Answer {
  ok: boolean;
  status: number;
  text: string;
}

/** GET responses requested ahead of the view that reads them (`prefetch`), each used once. */
const early = new Map<string, { at: number; answer: Promise<Answer>; arrived?: Answer }>();
/** A prefetched answer older than this is not used: the case may have changed since. */
const FRESH_MS = 10_000;

async function send(path: string, init: RequestInit): Promise<Answer> {
  const res = await fetch(path, { credentials: 'same-origin', ...init });
  return { ok: res.ok, status: res.status, text: await res.text() };
}

/**
 * Starts a GET now, for a view that will ask for exactly this path later (its first request,
 * while the page is still booting or its code still loading). A failed answer is not reused.
 */
export function prefetch(path: string): void {
  if (early.has(path)) return;
  const entry: { at: number; answer: Promise<Answer>; arrived?: Answer } = {
    at: performance.now(),
    answer: send(path, { headers: { accept: 'application/json' } }),
  };
  entry.answer.then((a) => (entry.arrived = a), () => undefined);
  early.set(path, entry);
}

/**
 * The body of a prefetched GET that has already arrived (ok and fresh), taking it; else
 * undefined. Lets a view start with its data in its first render (one commit, one frame) instead
 * of rendering empty, fetching in an effect and rendering again.
 */
export function arrived<T>(path: string): T | undefined {
  const entry = early.get(path);
  if (!entry?.arrived?.ok || performance.now() - entry.at >= FRESH_MS) return undefined;
  early.delete(path);
  return JSON.parse(entry.arrived.text) as T;
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let res: Answer | undefined;
  const ahead = method === 'GET' ? early.get(path) : undefined;
  if (ahead) {
    early.delete(path);
    if (performance.now() - ahead.at < FRESH_MS) res = await ahead.answer.catch(() => undefined);
    if (!res?.ok) res = undefined;
  }
  res ??= await send(path, {
    method,
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = res.text;
  const data: unknown = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'HTTP', err?.message ?? `HTTP ${res.status}`);
  }
  return data as T;
}

export const qs = (params: Record<string, string | number | boolean | undefined>): string => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};
