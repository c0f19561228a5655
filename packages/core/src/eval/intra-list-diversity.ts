/** ILD@k: how different the items inside one list are, by their category sets. */

/** Options of {@link intraListDiversity}. */
export interface IldOptions {
  /** Cut-off. */
  readonly k: number;
  /** Similarity of two category sets: `"jaccard"` |A∩B| / |A∪B| or `"cosine"` |A∩B| / √(|A|·|B|); default `"jaccard"`. */
  readonly similarity?: "jaccard" | "cosine";
}

/**
 * Mean pairwise dissimilarity (1 − similarity of category sets) over the first k items; items without categories
 * are dissimilar to everything. Lists with fewer than two items score 0.
 */
export function intraListDiversity(
  list: ArrayLike<number>,
  categories: readonly (readonly number[])[],
  options: IldOptions,
): number {
  const n = Math.min(options.k, list.length);
  if (n < 2) return 0;
  const cosine = options.similarity === "cosine";
  let sum = 0;
  for (let a = 0; a < n; a++) {
    const ca = categories[list[a] ?? -1] ?? [];
    for (let b = a + 1; b < n; b++) {
      const cb = categories[list[b] ?? -1] ?? [];
      sum += 1 - setSimilarity(ca, cb, cosine);
    }
  }
  return sum / ((n * (n - 1)) / 2);
}

function setSimilarity(a: readonly number[], b: readonly number[], cosine: boolean): number {
  if (a.length === 0 || b.length === 0) return 0;
  let common = 0;
  for (const x of a) if (b.includes(x)) common++;
  return cosine ? common / Math.sqrt(a.length * b.length) : common / (a.length + b.length - common);
}
