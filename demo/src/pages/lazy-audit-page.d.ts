/** Shows a status until `./audit-page.tsx` has loaded, then renders it. */
export declare function LazyAuditPage(): import("preact").JSX.Element;
