/** "My data": export everything about the shopper as JSON, or erase it with confirmation and a receipt (GDPR Arts. 15, 17, 20). */
import { type ConsentManager, type ErasureReceipt, localize } from "@candor/core/consent";
import type { SubjectExport, Vault, VaultErasureReceipt } from "@candor/core/policy";
import {
  categoryTexts,
  formatList,
  formatMessage,
  type MyDataTexts,
  myDataTexts,
  type TextTable,
} from "@candor/core/ui";
import { useEffect, useRef, useState } from "preact/hooks";
import { downloadText } from "./download.ts";
import { useConsent } from "./use-consent.ts";

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

/** What is stored about the subject, in words: activity by kind and date, consent history, derived profile. */
function StoredData({
  data,
  manager,
  text,
  names,
  locale,
  level,
}: {
  readonly level: 2 | 3;
  readonly data: SubjectExport;
  readonly manager: ConsentManager;
  readonly text: MyDataTexts;
  readonly names: TextTable;
  readonly locale: string;
}) {
  const t = text.stored;
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
  const events = data.consentRecord?.events ?? [];
  const derived = Object.entries(data.derived.countsByCategory).filter(([, n]) => n > 0);
  const H = level === 3 ? "h3" : "h2";
  const Sub = level === 3 ? "h4" : "h3";
  return (
    <section class="candor-stored" aria-labelledby="candor-stored-title" data-testid="stored-data">
      <H id="candor-stored-title">{t.heading}</H>
      {kinds.size === 0 ? (
        <p>{t.noEvents}</p>
      ) : (
        <>
          <p>{formatMessage(t.events, { count: data.events.length }, locale)}</p>
          <ul>
            {[...kinds].map(([kind, k]) => (
              <li key={kind}>
                {formatMessage(
                  t.eventKind,
                  {
                    kind: t.kinds[kind] ?? kind,
                    count: k.count,
                    first: date.format(k.first),
                    last: date.format(k.last),
                  },
                  locale,
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <Sub>{t.consentHeading}</Sub>
      {events.length === 0 ? (
        <p>{t.noConsent}</p>
      ) : (
        <ol>
          {events.map((e) => {
            const on = Object.entries(e.purposes)
              .filter(([, c]) => c.granted)
              .map(([id]) => title(id));
            return (
              <li key={e.id}>
                {formatMessage(
                  t.consentEvent,
                  {
                    date: dateTime.format(e.at),
                    type: t.consentTypes[e.type] ?? e.type,
                    granted: on.length > 0 ? formatList(on, locale) : t.nothingGranted,
                  },
                  locale,
                )}
              </li>
            );
          })}
        </ol>
      )}
      <Sub>{t.derivedHeading}</Sub>
      {derived.length === 0 ? (
        <p>{t.noDerived}</p>
      ) : (
        <ul>
          {derived.map(([category, n]) => (
            <li key={category}>
              {formatMessage(t.derivedItem, { name: names[category] ?? category, value: n }, locale)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The erasure receipt as a document: when, whose, what was erased, and the digest that proves it. */
function ReceiptFacts({
  receipt,
  text,
  locale,
}: {
  readonly receipt: MyDataReceipt;
  readonly text: MyDataTexts;
  readonly locale: string;
}) {
  const t = text.receipt;
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "medium" });
  const number = new Intl.NumberFormat(locale);
  return (
    <dl class="candor-receipt__facts">
      <dt>{t.erasedAt}</dt>
      <dd>{dateTime.format(receipt.vault.erasedAt)}</dd>
      <dt>{t.subject}</dt>
      <dd>{receipt.vault.subject}</dd>
      <dt>{t.events}</dt>
      <dd>{number.format(receipt.vault.events)}</dd>
      <dt>{t.consentEvents}</dt>
      <dd>{number.format(receipt.consent.events)}</dd>
      {receipt.also.length > 0 && (
        <>
          <dt>{t.also}</dt>
          <dd>{formatList(receipt.also, locale)}</dd>
        </>
      )}
      <dt>{t.proof}</dt>
      <dd>
        <code>{receipt.vault.digest}</code>
      </dd>
    </dl>
  );
}

/**
 * Export downloads `candor-export.json` (schema `candor.subject-export/1`: consent record, events with their purposes,
 * derived data, served explanations). Erase asks for confirmation in a dialog, then erases the vault, what `onErase`
 * names, and the consent record, and shows the receipt as a readable document with a download. Above the buttons it
 * lists in words what is stored now (GDPR Art. 15(1)): activity by kind and date, the consent history, derived counts.
 */
export function MyData(props: MyDataProps) {
  const { vault, manager, locale = "en" } = props;
  const text = myDataTexts(locale);
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const consent = useConsent(manager);
  const [stored, setStored] = useState<SubjectExport | null>(null);
  useEffect(() => {
    let live = true;
    vault.export(consent.subject, { consentRecord: manager.record() }).then(
      (data) => live && setStored(data),
      () => live && setStored(null),
    );
    return () => {
      live = false;
    };
  }, [vault, manager, consent, status.kind]);
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
    <div class="candor-my-data" lang={text.lang} dir={text.dir}>
      <p>{text.intro}</p>
      {stored ? (
        <StoredData
          data={stored}
          manager={manager}
          text={text}
          names={categoryTexts(locale).names}
          locale={locale}
          level={props.headingLevel === 3 ? 3 : 2}
        />
      ) : (
        <p>{text.stored.loading}</p>
      )}
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
            {formatMessage(
              text.exported,
              { events: status.events, consentEvents: status.consentEvents },
              locale,
            )}
          </p>
        )}
        {status.kind === "failed" && <p>{formatMessage(text.failed, { message: status.message }, locale)}</p>}
        {status.kind === "erased" && <p>{text.erased}</p>}
      </div>
      {status.kind === "erased" && (
        <section class="candor-receipt" aria-labelledby="candor-receipt-title">
          <Heading id="candor-receipt-title">{text.receiptTitle}</Heading>
          <ReceiptFacts receipt={status.receipt} text={text} locale={locale} />
          <details>
            <summary>JSON</summary>
            <pre class="candor-receipt__json" data-testid="erasure-receipt">
              {JSON.stringify(status.receipt, null, 2)}
            </pre>
          </details>
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
