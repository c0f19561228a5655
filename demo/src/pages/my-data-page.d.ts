/** Binds `MyData` to the shop: the vault, the consent record, the explanation log and the shared statistics. */
export declare function MyDataPage(): import("preact").JSX.Element;
