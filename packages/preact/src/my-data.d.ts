/** "My data": export everything about the shopper as JSON, or erase it with confirmation and a receipt (GDPR Arts. 15, 17, 20). */
import type { ConsentManager, ErasureReceipt } from "@candor/core/consent";
import type { Vault, VaultErasureReceipt } from "@candor/core/policy";
/** What an erasure proves: the vault's receipt and the consent record's (no erased data in either). */
export interface MyDataReceipt {
    readonly schema: "candor.data-subject-erasure/1";
    readonly vault: VaultErasureReceipt;
    readonly consent: ErasureReceipt;
    /** What the shop removed besides, as reported by `onErase` (e.g. shared statistics). */
    readonly also: readonly string[];
}
/** Props of {@link MyData}. */
export interface MyDataProps {
    /** The vault (`createVault`): its `export` and `erase` do the work. */
    readonly vault: Pick<Vault, "export" | "erase">;
    /** The consent manager whose subject this is; its record is exported and erased too. */
    readonly manager: ConsentManager;
    /** The explanations served to the subject (from the explanation log), added to the export. */
    readonly explanations?: (subject: string) => readonly unknown[] | Promise<readonly unknown[]>;
    /**
     * Erases what else the shop derived, e.g. `recommender.forget(subject)`; resolves to the names of what was removed,
     * listed in the receipt. Runs after the vault and before the consent record is erased.
     */
    readonly onErase?: (subject: string) => readonly string[] | Promise<readonly string[]>;
    /** Called with the receipt once everything is erased. */
    readonly onErased?: (receipt: MyDataReceipt) => void;
    /** Level of the component's headings; default 2. */
    readonly headingLevel?: 2 | 3;
    /** UI language; default `"en"`. */
    readonly locale?: string;
}
/**
 * Export downloads `candor-export.json` (schema `candor.subject-export/1`: consent record, events with their purposes,
 * derived data, served explanations). Erase asks for confirmation in a dialog, then erases the vault, what `onErase`
 * names, and the consent record, and shows the receipt with a download.
 */
export declare function MyData(props: MyDataProps): import("preact").JSX.Element;
