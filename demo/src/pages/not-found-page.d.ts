/** A page for unknown addresses. */
/** Says the page does not exist and links home. */
export declare function NotFoundPage({ path }: {
    readonly path: string;
}): import("preact").JSX.Element;
