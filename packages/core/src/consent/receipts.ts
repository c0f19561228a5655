/**
 * `@candor/core/consent/receipts`: the Kantara Consent Receipt v1.1 export of a manager's standing choice, kept out of
 * `@candor/core/consent` so that a page that only asks for consent does not carry it.
 */
import type { ConsentManager } from "./consent-manager.ts";
import { localize, needsConsent } from "./purposes.ts";

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
  readonly services: readonly { readonly service: string; readonly purposes: readonly ReceiptPurpose[] }[];
  readonly sensitive: boolean;
  readonly spiCat: readonly string[];
}

/**
 * The receipt of the manager's standing choice: the purposes granted now, each with its categories and how it ends;
 * `null` before any choice. Texts are in `locale` (default `"en"`).
 */
export function toConsentReceipt(
  manager: Pick<ConsentManager, "record" | "getState" | "purposes">,
  locale = "en",
): ConsentReceipt | null {
  const record = manager.record();
  if (!record) return null;
  const state = manager.getState();
  const { purposes } = manager;
  const last = record.events.at(-1);
  const controller = record.parties.controller;
  const expires = state.expiresAt === null ? "" : `; expires ${new Date(state.expiresAt).toISOString()}`;
  const granted = purposes.filter((p) => needsConsent(p) && state.granted[p.id]);
  const via = last?.via;
  return {
    version: "KI-CR-v1.1.0",
    jurisdiction: state.regime.region ?? "unknown",
    consentTimestamp: Math.floor((last?.at ?? record.header.createdAt) / 1000),
    collectionMethod: via ? [via.kind, via.ui, via.control].filter(Boolean).join(": ") : "none",
    consentReceiptID: last?.id ?? record.header.recordId,
    language: locale,
    piiPrincipalId: record.header.subject,
    piiControllers: [
      {
        piiController: controller.name,
        onBehalf: false,
        contact: controller.contact ?? controller.name,
        address: controller.address ?? "",
        email: controller.email ?? "",
        phone: controller.phone ?? "",
      },
    ],
    policyUrl: controller.policyUrl ?? "",
    services: [
      {
        service: "Personalization",
        purposes: granted.map((p) => ({
          purpose: localize(p.title, locale),
          purposeCategory: [p.dpv],
          consentType: ["choice", "override"].includes(last?.purposes[p.id]?.source ?? "")
            ? "EXPLICIT"
            : "IMPLICIT",
          piiCategory: [...p.dataCategories],
          primaryPurpose: false,
          termination: `withdraw at any time in the privacy settings${expires}`,
          thirdPartyDisclosure: p.saleOrSharing === true,
        })),
      },
    ],
    sensitive: granted.some((p) => p.special),
    spiCat: granted.filter((p) => p.special).flatMap((p) => p.dataCategories),
  };
}
