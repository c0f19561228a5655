/** The start page. */
export declare function HomePage(): import("preact").JSX.Element;
