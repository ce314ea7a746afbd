/** The hash route as a path array (`#/cases/ID/evidence` → ['cases', 'ID', 'evidence']); no React. */
export const currentRoute = (): string[] =>
  window.location.hash.replace(/^#\/?/, '').split('?')[0]!.split('/').filter(Boolean).map(decodeURIComponent);

/** A parameter of the hash route's query (`#/cases/ID/evidence?class=phishing`). */
export const hashParam = (name: string): string =>
  new URLSearchParams(window.location.hash.split('?')[1] ?? '').get(name) ?? '';
