/** A polite status while the catalog and the recommender are prepared. */
export declare function Loading(): import("preact").JSX.Element;
