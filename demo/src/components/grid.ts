/**
 * The shop's product grid: how many cards fit in a row at the current width. The CSS sets the same column counts at
 * the same breakpoints (demo.css, `--shop-cols`), so a row asks the recommender for exactly the cards that fill it.
 */
import { useEffect, useState } from "preact/hooks";

/** Column counts by minimum viewport width in CSS pixels, widest first. */
export const GRID_BREAKPOINTS: readonly { readonly minWidth: number; readonly columns: number }[] = [
  { minWidth: 1100, columns: 6 },
  { minWidth: 800, columns: 4 },
  { minWidth: 560, columns: 3 },
  { minWidth: 0, columns: 2 },
];

const queries = GRID_BREAKPOINTS.map((b) => ({ ...b, query: `(min-width: ${b.minWidth}px)` }));

/** The number of grid columns at the current viewport width. */
export function gridColumns(): number {
  return queries.find((b) => matchMedia(b.query).matches)?.columns ?? 2;
}

/** {@link gridColumns}, following resizes. */
export function useGridColumns(): number {
  const [columns, setColumns] = useState(gridColumns);
  useEffect(() => {
    const lists = queries.map((b) => matchMedia(b.query));
    const update = () => setColumns(gridColumns());
    for (const list of lists) list.addEventListener("change", update);
    return () => {
      for (const list of lists) list.removeEventListener("change", update);
    };
  }, []);
  return columns;
}
