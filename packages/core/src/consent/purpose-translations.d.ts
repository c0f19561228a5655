import type { Purpose, PurposeId } from "./types.ts";
/** Title and description of one purpose in one locale. */
export interface PurposeText {
    readonly title: string;
    readonly description: string;
}
/** Translations of the default purposes: locale → purpose id → texts. */
export declare const purposeTranslations: Readonly<Record<string, Readonly<Record<PurposeId, PurposeText>>>>;
/** Adds translations to purposes (by id), keeping their existing texts; the UI and receipts then localize them. */
export declare function localizePurposes(purposes?: readonly Purpose[], translations?: Readonly<Record<string, Readonly<Record<PurposeId, PurposeText>>>>): Purpose[];
/** The default purposes with their English, German, French and Spanish texts. */
export declare const localizedPurposes: readonly Purpose[];
