/** The page of one product; opening it records a view, if the shopper's consent allows storing one. */
export declare function ProductPage({ id }: {
    readonly id: string;
}): import("preact").JSX.Element;
