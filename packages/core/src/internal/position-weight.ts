/** The position weight of exposure and DCG, shared by the audit reports, the re-rankers and the evaluation. */

/** Position weight of a 1-based rank: 1 / log2(rank + 1), as in DCG. */
export function positionWeight(rank: number): number {
  return 1 / Math.log2(rank + 1);
}
