import type { Shop } from "../shop-data.ts";
/** The console over `shop.audit`, the DSA disclosure export, and "Simulate tampering (demo only)". */
export declare function AuditView({ shop, locale }: {
    readonly shop: Shop;
    readonly locale: string;
}): import("preact").JSX.Element;
