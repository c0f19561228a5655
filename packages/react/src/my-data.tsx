/** @jsxImportSource react */
/** "My data": export everything about the shopper as JSON, or erase it with confirmation and a receipt (GDPR Arts. 15, 17, 20). */
import type { ConsentManager } from "@candor/core/consent";
import type { Vault } from "@candor/core/policy";
import { categoryTexts, myDataTexts } from "@candor/core/ui";
import {
  createMyDataModel,
  type MyDataReceipt,
  myDataStatusText,
  receiptFactsView,
  storedDataView,
} from "@candor/core/ui/models";
import { useEffect, useRef, useState } from "react";
import { useConsent } from "./use-consent.ts";
import { useStoreState } from "./use-store-state.ts";

/** What an erasure proves: the vault's receipt and the consent record's (no erased data in either). */
export type { MyDataReceipt } from "@candor/core/ui/models";

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
 * names, and the consent record, and shows the receipt as a readable document with a download. Above the buttons it
 * lists in words what is stored now (GDPR Art. 15(1)): activity by kind and date, the consent history, derived counts.
 */
export function MyData(props: MyDataProps) {
  const { vault, manager, locale = "en" } = props;
  const texts = myDataTexts(locale);
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  const Sub = props.headingLevel === 3 ? "h4" : "h3";
  const latest = useRef(props);
  latest.current = props;
  const [model] = useState(() => createMyDataModel(() => latest.current));
  const { status, confirming, busy, stored } = useStoreState(model.store);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const consent = useConsent(manager);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stored data is read again after each consent change and action.
  useEffect(() => model.refresh(), [model, vault, manager, consent, status.kind]);
  useEffect(() => {
    const element = dialog.current;
    if (confirming && element && !element.open) {
      element.showModal?.();
      cancel.current?.focus();
    }
  }, [confirming]);
  const closeConfirm = () => {
    dialog.current?.close?.();
    model.cancelErase();
  };
  const erase = () => {
    dialog.current?.close?.();
    void model.erase();
  };
  const data = stored ? storedDataView(stored, manager, texts, categoryTexts(locale).names, locale) : null;
  const statusText = myDataStatusText(status, texts, locale);
  const receipt = status.kind === "erased" ? receiptFactsView(status.receipt, texts, locale) : null;
  return (
    <div className="candor-my-data" lang={texts.lang} dir={texts.dir}>
      <p>{texts.intro}</p>
      {data ? (
        <section className="candor-stored" aria-labelledby="candor-stored-title" data-testid="stored-data">
          <Heading id="candor-stored-title">{data.heading}</Heading>
          {data.events === null ? (
            <p>{data.labels.noEvents}</p>
          ) : (
            <>
              <p>{data.events}</p>
              <ul>
                {data.kinds.map((k) => (
                  <li key={k.key}>{k.text}</li>
                ))}
              </ul>
            </>
          )}
          <Sub>{data.labels.consentHeading}</Sub>
          {data.consent.length === 0 ? (
            <p>{data.labels.noConsent}</p>
          ) : (
            <ol>
              {data.consent.map((e) => (
                <li key={e.key}>{e.text}</li>
              ))}
            </ol>
          )}
          <Sub>{data.labels.derivedHeading}</Sub>
          {data.derived.length === 0 ? (
            <p>{data.labels.noDerived}</p>
          ) : (
            <ul>
              {data.derived.map((d) => (
                <li key={d.key}>{d.text}</li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <p>{texts.stored.loading}</p>
      )}
      <div className="candor-my-data__actions">
        <button
          type="button"
          className="candor-button"
          disabled={busy}
          onClick={() => void model.exportData()}
        >
          {texts.exportButton}
        </button>
        <button
          ref={eraseButton}
          type="button"
          className="candor-button candor-button--danger"
          disabled={busy}
          aria-haspopup="dialog"
          onClick={model.askErase}
        >
          {texts.eraseButton}
        </button>
      </div>
      <div role="status" className="candor-my-data__status">
        {statusText !== null && <p>{statusText}</p>}
      </div>
      {receipt && (
        <section className="candor-receipt" aria-labelledby="candor-receipt-title">
          <Heading id="candor-receipt-title">{texts.receiptTitle}</Heading>
          <dl className="candor-receipt__facts">
            {receipt.facts.map((f) => [
              <dt key={`${f.term}-t`}>{f.term}</dt>,
              <dd key={`${f.term}-d`}>{f.value}</dd>,
            ])}
            <dt>{receipt.proof.term}</dt>
            <dd>
              <code>{receipt.proof.digest}</code>
            </dd>
          </dl>
          <details>
            <summary>JSON</summary>
            <pre className="candor-receipt__json" data-testid="erasure-receipt">
              {receipt.json}
            </pre>
          </details>
          <button
            type="button"
            className="candor-button candor-button--quiet"
            onClick={model.downloadReceipt}
          >
            {texts.downloadReceipt}
          </button>
        </section>
      )}
      {confirming && (
        <dialog
          ref={dialog}
          className="candor-dialog"
          role="alertdialog"
          aria-labelledby="candor-erase-title"
          aria-describedby="candor-erase-text"
          onClose={() => {
            model.cancelErase();
            eraseButton.current?.focus();
          }}
        >
          <Heading id="candor-erase-title">{texts.eraseConfirmTitle}</Heading>
          <p id="candor-erase-text">{texts.eraseConfirmText}</p>
          <div className="candor-dialog__actions">
            <button type="button" className="candor-button candor-button--danger" onClick={erase}>
              {texts.eraseConfirm}
            </button>
            <button
              ref={cancel}
              type="button"
              className="candor-button candor-button--quiet"
              onClick={closeConfirm}
            >
              {texts.cancel}
            </button>
          </div>
        </dialog>
      )}
    </div>
  );
}
