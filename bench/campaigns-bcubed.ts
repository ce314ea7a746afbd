/**
 * B-cubed precision, recall and F1 (Bagga & Baldwin 1998) of a clustering against labels.
 * Items missing from `predicted` are singletons (evidence in no campaign is its own cluster).
 */
export function bcubed(
  truth: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
): { precision: number; recall: number; f1: number } {
  const clusterOf = (id: string): string => predicted.get(id) ?? `single:${id}`;
  const clusterSize = new Map<string, number>();
  const labelSize = new Map<string, number>();
  const both = new Map<string, number>();
  for (const [id, label] of truth) {
    const c = clusterOf(id);
    clusterSize.set(c, (clusterSize.get(c) ?? 0) + 1);
    labelSize.set(label, (labelSize.get(label) ?? 0) + 1);
    const k = `${c}\u0000${label}`;
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (const [id, label] of truth) {
    const c = clusterOf(id);
    const shared = both.get(`${c}\u0000${label}`) ?? 1;
    p += shared / (clusterSize.get(c) ?? 1);
    r += shared / (labelSize.get(label) ?? 1);
  }
  const n = truth.size || 1;
  const precision = p / n;
  const recall = r / n;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}
