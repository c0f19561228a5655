/** The listing of one category. */
export declare function CategoryPage({ id }: {
    readonly id: string;
}): import("preact").JSX.Element;
