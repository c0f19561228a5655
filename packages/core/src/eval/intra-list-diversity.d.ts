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
export declare function intraListDiversity(list: ArrayLike<number>, categories: readonly (readonly number[])[], options: IldOptions): number;
