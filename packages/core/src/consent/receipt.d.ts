import type { ConsentRecord, ConsentState, Purpose } from "./types.ts";
/** One purpose of a receipt (Kantara CR v1.1 §5.2.2 "purposes"). */
export interface ReceiptPurpose {
    readonly purpose: string;
    readonly purposeCategory: readonly string[];
    readonly consentType: "EXPLICIT" | "IMPLICIT";
    readonly piiCategory: readonly string[];
    readonly primaryPurpose: boolean;
    readonly termination: string;
    readonly thirdPartyDisclosure: boolean;
}
/** A Kantara Initiative Consent Receipt, version 1.1 (JSON). */
export interface ConsentReceipt {
    readonly version: "KI-CR-v1.1.0";
    readonly jurisdiction: string;
    /** Seconds since the epoch. */
    readonly consentTimestamp: number;
    readonly collectionMethod: string;
    readonly consentReceiptID: string;
    readonly language: string;
    readonly piiPrincipalId: string;
    readonly piiControllers: readonly {
        readonly piiController: string;
        readonly onBehalf: boolean;
        readonly contact: string;
        readonly address: string;
        readonly email: string;
        readonly phone: string;
    }[];
    readonly policyUrl: string;
    readonly services: readonly {
        readonly service: string;
        readonly purposes: readonly ReceiptPurpose[];
    }[];
    readonly sensitive: boolean;
    readonly spiCat: readonly string[];
}
/** Builds the receipt of the standing choice: the purposes granted now, each with its categories and how it ends. */
export declare function toConsentReceipt(record: ConsentRecord, state: ConsentState, purposes: readonly Purpose[], locale?: string): ConsentReceipt;
