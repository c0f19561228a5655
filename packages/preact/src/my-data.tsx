/** "My data": export everything about the shopper as JSON, or erase it with confirmation and a receipt (GDPR Arts. 15, 17, 20). */
import type { ConsentManager, ErasureReceipt } from "@candor/core/consent";
import type { Vault, VaultErasureReceipt } from "@candor/core/policy";
import { useEffect, useRef, useState } from "preact/hooks";
import { downloadText } from "./download.ts";
import { formatMessage, messagesFor } from "./messages.ts";

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

type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "exported"; readonly events: number; readonly consentEvents: number }
  | { readonly kind: "erased"; readonly receipt: MyDataReceipt }
  | { readonly kind: "failed"; readonly message: string };

/**
 * Export downloads `candor-export.json` (schema `candor.subject-export/1`: consent record, events with their purposes,
 * derived data, served explanations). Erase asks for confirmation in a dialog, then erases the vault, what `onErase`
 * names, and the consent record, and shows the receipt with a download.
 */
export function MyData(props: MyDataProps) {
  const { vault, manager, locale = "en" } = props;
  const text = messagesFor(locale);
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const eraseButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (confirming && element && !element.open) {
      element.showModal?.();
      cancel.current?.focus();
    }
  }, [confirming]);

  const fail = (error: unknown) =>
    setStatus({ kind: "failed", message: error instanceof Error ? error.message : String(error) });

  const exportData = async () => {
    setBusy(true);
    try {
      const subject = manager.getState().subject;
      const explanations = props.explanations ? await props.explanations(subject) : [];
      const data = await vault.export(subject, { consentRecord: manager.record(), explanations });
      downloadText("candor-export.json", `${JSON.stringify(data, null, 2)}\n`);
      setStatus({
        kind: "exported",
        events: data.events.length,
        consentEvents: data.consentRecord?.events.length ?? 0,
      });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const closeConfirm = () => {
    dialog.current?.close?.();
    setConfirming(false);
  };

  const erase = async () => {
    closeConfirm();
    setBusy(true);
    try {
      const subject = manager.getState().subject;
      const vaultReceipt = await vault.erase(subject);
      const also = props.onErase ? await props.onErase(subject) : [];
      const consentReceipt = manager.erase();
      await manager.flush();
      const receipt: MyDataReceipt = {
        schema: "candor.data-subject-erasure/1",
        vault: vaultReceipt,
        consent: consentReceipt,
        also: [...also],
      };
      setStatus({ kind: "erased", receipt });
      props.onErased?.(receipt);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="candor-my-data" lang={locale}>
      <p>{text.myDataIntro}</p>
      <div class="candor-my-data__actions">
        <button type="button" class="candor-button" disabled={busy} onClick={() => void exportData()}>
          {text.exportButton}
        </button>
        <button
          ref={eraseButton}
          type="button"
          class="candor-button candor-button--danger"
          disabled={busy}
          aria-haspopup="dialog"
          onClick={() => setConfirming(true)}
        >
          {text.eraseButton}
        </button>
      </div>
      <div role="status" class="candor-my-data__status">
        {status.kind === "exported" && (
          <p>
            {formatMessage(text.exported, { events: status.events, consentEvents: status.consentEvents })}
          </p>
        )}
        {status.kind === "failed" && <p>{formatMessage(text.failed, { message: status.message })}</p>}
        {status.kind === "erased" && <p>{text.erased}</p>}
      </div>
      {status.kind === "erased" && (
        <section class="candor-receipt" aria-labelledby="candor-receipt-title">
          <Heading id="candor-receipt-title">{text.receiptTitle}</Heading>
          <pre class="candor-receipt__json" data-testid="erasure-receipt">
            {JSON.stringify(status.receipt, null, 2)}
          </pre>
          <button
            type="button"
            class="candor-button candor-button--quiet"
            onClick={() =>
              downloadText("candor-erasure-receipt.json", `${JSON.stringify(status.receipt, null, 2)}\n`)
            }
          >
            {text.downloadReceipt}
          </button>
        </section>
      )}
      {confirming && (
        <dialog
          ref={dialog}
          class="candor-dialog"
          role="alertdialog"
          aria-labelledby="candor-erase-title"
          aria-describedby="candor-erase-text"
          onClose={() => {
            setConfirming(false);
            eraseButton.current?.focus();
          }}
        >
          <Heading id="candor-erase-title">{text.eraseConfirmTitle}</Heading>
          <p id="candor-erase-text">{text.eraseConfirmText}</p>
          <div class="candor-dialog__actions">
            <button type="button" class="candor-button candor-button--danger" onClick={() => void erase()}>
              {text.eraseConfirm}
            </button>
            <button
              ref={cancel}
              type="button"
              class="candor-button candor-button--quiet"
              onClick={closeConfirm}
            >
              {text.cancel}
            </button>
          </div>
        </dialog>
      )}
    </div>
  );
}
