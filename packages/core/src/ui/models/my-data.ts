/** The "My data" model: what is stored in words, export, and erasure with confirmation and a receipt (GDPR Arts. 15, 17, 20). */
import { createStore, type StoreApi } from "zustand/vanilla";
import { type ConsentManager, type ErasureReceipt, localize } from "../../consent/index.ts";
import type { SubjectExport, VaultErasureReceipt } from "../../policy/types.ts";
import type { Vault } from "../../policy/vault.ts";
import { formatList, formatMessage } from "../format.ts";
import type { MyDataTexts, TextTable } from "../texts.ts";
import { downloadText, jsonDocument } from "./download.ts";

/** What an erasure proves: the vault's receipt and the consent record's (no erased data in either). */
export interface MyDataReceipt {
  readonly schema: "candor.data-subject-erasure/1";
  readonly vault: VaultErasureReceipt;
  readonly consent: ErasureReceipt;
  /** What the shop removed besides, as reported by `onErase` (e.g. shared statistics). */
  readonly also: readonly string[];
}

/** Where "My data" is: idle, exported (with counts), erased (with the receipt), or failed. */
export type MyDataStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "exported"; readonly events: number; readonly consentEvents: number }
  | { readonly kind: "erased"; readonly receipt: MyDataReceipt }
  | { readonly kind: "failed"; readonly message: string };

/** The model's state. */
export interface MyDataState {
  readonly status: MyDataStatus;
  /** The erase confirmation dialog is open. */
  readonly confirming: boolean;
  /** An export or erasure is running; the buttons are disabled. */
  readonly busy: boolean;
  /** What is stored now, `null` while loading or when it cannot be read. */
  readonly stored: SubjectExport | null;
}

/** What "My data" works on; read on every action, so a binding can pass its latest props. */
export interface MyDataOptions {
  /** The vault (`createVault`): its `export` and `erase` do the work. */
  readonly vault: Pick<Vault, "export" | "erase">;
  /** The consent manager whose subject this is; its record is exported and erased too. */
  readonly manager: ConsentManager;
  /** The explanations served to the subject, added to the export. */
  readonly explanations?: ((subject: string) => readonly unknown[] | Promise<readonly unknown[]>) | undefined;
  /** Erases what else the shop derived; resolves to the names of what was removed (listed in the receipt). */
  readonly onErase?: ((subject: string) => readonly string[] | Promise<readonly string[]>) | undefined;
  /** Called with the receipt once everything is erased. */
  readonly onErased?: ((receipt: MyDataReceipt) => void) | undefined;
}

/** A "My data" instance. */
export interface MyDataModel {
  readonly store: StoreApi<MyDataState>;
  /** Reads what is stored now; the returned cleanup drops a read that finishes after it (idempotent for effects). */
  refresh(): () => void;
  /** Downloads `candor-export.json` (schema `candor.subject-export/1`). */
  exportData(): Promise<void>;
  /** Opens the confirmation. */
  askErase(): void;
  /** Closes the confirmation without erasing. */
  cancelErase(): void;
  /** Erases the vault, what `onErase` names, then the consent record; keeps the receipt. */
  erase(): Promise<void>;
  /** Downloads the receipt of the last erasure. */
  downloadReceipt(): void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Creates the model; `options` is called for the current vault, manager and callbacks on each action. */
export function createMyDataModel(options: () => MyDataOptions): MyDataModel {
  const store = createStore<MyDataState>(() => ({
    status: { kind: "idle" },
    confirming: false,
    busy: false,
    stored: null,
  }));
  const set = (patch: Partial<MyDataState>) => store.setState(patch);
  const fail = (error: unknown) => set({ status: { kind: "failed", message: message(error) } });
  return {
    store,
    refresh() {
      let live = true;
      const { vault, manager } = options();
      vault.export(manager.getState().subject, { consentRecord: manager.record() }).then(
        (data) => live && set({ stored: data }),
        () => live && set({ stored: null }),
      );
      return () => {
        live = false;
      };
    },
    async exportData() {
      const { vault, manager, explanations } = options();
      set({ busy: true });
      try {
        const subject = manager.getState().subject;
        const served = explanations ? await explanations(subject) : [];
        const data = await vault.export(subject, { consentRecord: manager.record(), explanations: served });
        downloadText("candor-export.json", jsonDocument(data));
        set({
          status: {
            kind: "exported",
            events: data.events.length,
            consentEvents: data.consentRecord?.events.length ?? 0,
          },
        });
      } catch (error) {
        fail(error);
      } finally {
        set({ busy: false });
      }
    },
    askErase: () => set({ confirming: true }),
    cancelErase: () => set({ confirming: false }),
    async erase() {
      const { vault, manager, onErase, onErased } = options();
      set({ confirming: false, busy: true });
      try {
        const subject = manager.getState().subject;
        const vaultReceipt = await vault.erase(subject);
        const also = onErase ? await onErase(subject) : [];
        const consentReceipt = manager.erase();
        await manager.flush();
        const receipt: MyDataReceipt = {
          schema: "candor.data-subject-erasure/1",
          vault: vaultReceipt,
          consent: consentReceipt,
          also: [...also],
        };
        set({ status: { kind: "erased", receipt } });
        onErased?.(receipt);
      } catch (error) {
        fail(error);
      } finally {
        set({ busy: false });
      }
    },
    downloadReceipt() {
      const { status } = store.getState();
      if (status.kind === "erased") downloadText("candor-erasure-receipt.json", jsonDocument(status.receipt));
    },
  };
}

/** The status line: what the export held, that the erasure is done, or why it failed; `null` when idle. */
export function myDataStatusText(status: MyDataStatus, texts: MyDataTexts, locale: string): string | null {
  if (status.kind === "exported")
    return formatMessage(
      texts.exported,
      { events: status.events, consentEvents: status.consentEvents },
      locale,
    );
  if (status.kind === "failed") return formatMessage(texts.failed, { message: status.message }, locale);
  if (status.kind === "erased") return texts.erased;
  return null;
}

/** What is stored, in words (GDPR Art. 15(1)): activity by kind and date, the consent history, derived counts. */
export interface StoredDataView {
  readonly heading: string;
  /** "N events", or `null` with `noEvents` shown instead. */
  readonly events: string | null;
  readonly kinds: readonly { readonly key: string; readonly text: string }[];
  readonly consent: readonly { readonly key: string; readonly text: string }[];
  readonly derived: readonly { readonly key: string; readonly text: string }[];
  readonly labels: Pick<
    MyDataTexts["stored"],
    "noEvents" | "consentHeading" | "noConsent" | "derivedHeading" | "noDerived"
  >;
}

/** The stored data of a subject in words, purposes by their titles in `locale`. */
export function storedDataView(
  data: SubjectExport,
  manager: Pick<ConsentManager, "purposes">,
  texts: MyDataTexts,
  categories: TextTable,
  locale: string,
): StoredDataView {
  const t = texts.stored;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const kinds = new Map<string, { count: number; first: number; last: number }>();
  for (const e of data.events) {
    const k = kinds.get(e.type) ?? { count: 0, first: e.at, last: e.at };
    kinds.set(e.type, { count: k.count + 1, first: Math.min(k.first, e.at), last: Math.max(k.last, e.at) });
  }
  const title = (id: string) => {
    const purpose = manager.purposes.find((p) => p.id === id);
    return purpose ? localize(purpose.title, locale) : id;
  };
  return {
    heading: t.heading,
    events: kinds.size === 0 ? null : formatMessage(t.events, { count: data.events.length }, locale),
    kinds: [...kinds].map(([kind, k]) => ({
      key: kind,
      text: formatMessage(
        t.eventKind,
        {
          kind: t.kinds[kind] ?? kind,
          count: k.count,
          first: date.format(k.first),
          last: date.format(k.last),
        },
        locale,
      ),
    })),
    consent: (data.consentRecord?.events ?? []).map((e) => {
      const on = Object.entries(e.purposes)
        .filter(([, c]) => c.granted)
        .map(([id]) => title(id));
      return {
        key: e.id,
        text: formatMessage(
          t.consentEvent,
          {
            date: dateTime.format(e.at),
            type: t.consentTypes[e.type] ?? e.type,
            granted: on.length > 0 ? formatList(on, locale) : t.nothingGranted,
          },
          locale,
        ),
      };
    }),
    derived: Object.entries(data.derived.countsByCategory)
      .filter(([, n]) => n > 0)
      .map(([category, n]) => ({
        key: category,
        text: formatMessage(t.derivedItem, { name: categories[category] ?? category, value: n }, locale),
      })),
    labels: t,
  };
}

/** The erasure receipt as a document: the facts in order, and the digest that proves it. */
export interface ReceiptFactsView {
  readonly facts: readonly { readonly term: string; readonly value: string }[];
  readonly proof: { readonly term: string; readonly digest: string };
  /** The receipt as JSON, as downloaded. */
  readonly json: string;
}

/** The receipt's facts: when, whose, what was erased, what else, and its digest. */
export function receiptFactsView(
  receipt: MyDataReceipt,
  texts: MyDataTexts,
  locale: string,
): ReceiptFactsView {
  const t = texts.receipt;
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "medium" });
  const number = new Intl.NumberFormat(locale);
  return {
    facts: [
      { term: t.erasedAt, value: dateTime.format(receipt.vault.erasedAt) },
      { term: t.subject, value: receipt.vault.subject },
      { term: t.events, value: number.format(receipt.vault.events) },
      { term: t.consentEvents, value: number.format(receipt.consent.events) },
      ...(receipt.also.length > 0 ? [{ term: t.also, value: formatList(receipt.also, locale) }] : []),
    ],
    proof: { term: t.proof, digest: receipt.vault.digest },
    json: JSON.stringify(receipt, null, 2),
  };
}
