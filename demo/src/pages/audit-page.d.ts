/** The page; its module is a separate chunk, fetched when an auditor opens `#/audit`. */
export declare function AuditPage(): import("preact").JSX.Element;
