/** The auditor's console as a model: filters, pages, verification, tabs, lazy measurement data, exports. */
import { createStore, type StoreApi } from "zustand/vanilla";
import { csvDocument } from "../../internal/csv.ts";
import { formatMessage } from "../format.ts";
import type { AuditTexts, BubbleTexts, MeasureTexts } from "../texts.ts";
import type { AuditConsoleEntry, AuditVerification } from "./audit-entry.ts";
import { downloadText, jsonDocument } from "./download.ts";
import type { MeasurementData } from "./measurement.ts";

/** The log filters: surface and mode exact, subject prefix, search in item, title and text. */
export interface AuditFilters {
  readonly surface: string;
  readonly mode: string;
  readonly subject: string;
  readonly search: string;
}

/** No filter set. */
export const NO_FILTERS: AuditFilters = { surface: "", mode: "", subject: "", search: "" };

/** The entries that pass the filters (surface and mode exact, subject prefix, search in item, title and text). */
export function filterEntries(
  entries: readonly AuditConsoleEntry[],
  filters: AuditFilters,
): readonly AuditConsoleEntry[] {
  const search = filters.search.trim().toLowerCase();
  const subject = filters.subject.trim();
  return entries.filter(
    (e) =>
      (filters.surface === "" || e.surface === filters.surface) &&
      (filters.mode === "" || e.mode === filters.mode) &&
      (subject === "" || e.subject.startsWith(subject)) &&
      (search === "" ||
        `${e.item} ${e.itemTitle ?? ""} ${e.text} ${e.templateId}`.toLowerCase().includes(search)),
  );
}

const CSV_COLUMNS = [
  "index",
  "at",
  "slate",
  "subject",
  "surface",
  "rank",
  "item",
  "mode",
  "templateId",
  "text",
  "purposes",
  "consentEventId",
  "provider",
  "providerGroup",
  "category",
] as const;

/**
 * The console's entries as CSV, one row per entry, written by core's CSV helper (RFC 4180 quoting, spreadsheet
 * formulas neutralised); list cells are space-separated.
 */
export function consoleEntriesToCsv(entries: readonly AuditConsoleEntry[]): string {
  const cell = (value: AuditConsoleEntry[(typeof CSV_COLUMNS)[number]]) =>
    typeof value === "object" && value !== null ? value.join(" ") : (value ?? null);
  return csvDocument(
    CSV_COLUMNS,
    entries.map((e) => CSV_COLUMNS.map((c) => cell(e[c]))),
  );
}

/** The console's tabs. */
export type AuditTab = "log" | "bubble" | "measurement";

/** Verifying the log: idle, running, its result, or the error it threw. */
export type VerifyState =
  | { readonly kind: "idle" }
  | { readonly kind: "running" }
  | { readonly kind: "done"; readonly result: AuditVerification }
  | { readonly kind: "error"; readonly message: string };

/** Loading the measurement data on first opening of its tab. */
export type MeasureState =
  | { readonly kind: "idle" }
  | { readonly kind: "loading" }
  | { readonly kind: "done"; readonly data: MeasurementData }
  | { readonly kind: "error"; readonly message: string };

/** The console's own state. */
export interface AuditConsoleState {
  readonly filters: AuditFilters;
  /** 0 is the newest page. */
  readonly page: number;
  readonly tab: AuditTab;
  readonly verifying: VerifyState;
  readonly measured: MeasureState;
}

/** What the console works on; read on each action, so a binding can pass its latest props. */
export interface AuditConsoleOptions {
  readonly verify: () => Promise<AuditVerification>;
  readonly measurement?: MeasurementData | undefined;
  readonly loadMeasurement?: (() => Promise<MeasurementData>) | undefined;
}

/** A console instance. */
export interface AuditConsoleModel {
  readonly store: StoreApi<AuditConsoleState>;
  /** Sets one filter and goes back to the newest page. */
  setFilter(key: keyof AuditFilters, value: string): void;
  setPage(page: number): void;
  /** Selects a tab by key; unknown keys select the log. */
  selectTab(key: string): void;
  /** Verifies the log ("Log verified" or "Tampering detected at entry N", DESIGN.md invariant 5). */
  verify(): Promise<void>;
  /** Loads the measurement data once, when its tab is open and none were given (idempotent for effects). */
  loadMeasurement(): void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Creates the console's model; `options` is called for the current callbacks on each action. */
export function createAuditConsoleModel(options: () => AuditConsoleOptions): AuditConsoleModel {
  const store = createStore<AuditConsoleState>(() => ({
    filters: NO_FILTERS,
    page: 0,
    tab: "log",
    verifying: { kind: "idle" },
    measured: { kind: "idle" },
  }));
  return {
    store,
    setFilter: (key, value) => store.setState((s) => ({ page: 0, filters: { ...s.filters, [key]: value } })),
    setPage: (page) => store.setState({ page }),
    selectTab: (key) => store.setState({ tab: key === "measurement" || key === "bubble" ? key : "log" }),
    async verify() {
      store.setState({ verifying: { kind: "running" } });
      try {
        store.setState({ verifying: { kind: "done", result: await options().verify() } });
      } catch (error) {
        store.setState({ verifying: { kind: "error", message: message(error) } });
      }
    },
    loadMeasurement() {
      const { measurement, loadMeasurement } = options();
      const state = store.getState();
      if (state.tab !== "measurement" || measurement || !loadMeasurement || state.measured.kind !== "idle")
        return;
      store.setState({ measured: { kind: "loading" } });
      loadMeasurement().then(
        (data) => store.setState({ measured: { kind: "done", data } }),
        (error: unknown) => store.setState({ measured: { kind: "error", message: message(error) } }),
      );
    },
  };
}

/** One row of the log table. */
export interface AuditRowView {
  readonly key: number;
  readonly bad: boolean;
  readonly entry: AuditConsoleEntry;
  readonly time: string;
  readonly mode: string;
  readonly basis: string;
}

/** What a binding renders. */
export interface AuditConsoleView {
  readonly surfaces: readonly string[];
  /** The entries the filters select (what the charts and exports use). */
  readonly selected: readonly AuditConsoleEntry[];
  readonly rows: readonly AuditRowView[];
  readonly caption: string;
  /** Why the table is empty, or `null`. */
  readonly empty: string | null;
  readonly pager: {
    readonly page: number;
    readonly pages: number;
    readonly text: string;
    readonly previous: (() => void) | null;
    readonly next: (() => void) | null;
  } | null;
  /** The verification's outcome in words. */
  readonly verify:
    | { readonly kind: "idle" }
    | { readonly kind: "running" | "error"; readonly text: string }
    | { readonly kind: "ok"; readonly strong: string; readonly detail: string }
    | { readonly kind: "bad"; readonly strong: string; readonly detail: string };
  readonly tabs: readonly { readonly key: string; readonly label: string }[];
  readonly hasMeasurement: boolean;
  /** The measurement data to show, or the status line while loading or after an error. */
  readonly measurement: MeasurementData | null;
  readonly measurementStatus: string;
  readonly exportJson: () => void;
  readonly exportCsv: () => void;
}

/** The console's view of the entries in its state; `selected` is reused while entries and filters are unchanged. */
export function auditConsoleView(input: {
  readonly model: AuditConsoleModel;
  readonly state: AuditConsoleState;
  readonly entries: readonly AuditConsoleEntry[];
  readonly maxRows?: number | undefined;
  readonly measurement?: MeasurementData | undefined;
  readonly hasMeasurement: boolean;
  readonly texts: AuditTexts;
  readonly measureTexts: Pick<MeasureTexts, "tabLog" | "tabMeasurement" | "loading" | "failed">;
  readonly bubbleTexts: Pick<BubbleTexts, "tab">;
  readonly locale: string;
}): AuditConsoleView {
  const { model, state, entries, texts, locale } = input;
  const selected = selectedOf(model, entries, state.filters);
  const perPage = Math.max(1, input.maxRows ?? 25);
  const pages = Math.max(1, Math.ceil(selected.length / perPage));
  const page = Math.min(state.page, pages - 1);
  const end = selected.length - page * perPage;
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "medium" });
  const { verifying, measured } = state;
  const bad = verifying.kind === "done" && !verifying.result.ok ? verifying.result.firstBadIndex : null;
  const rows = selected
    .slice(Math.max(0, end - perPage), end)
    .reverse()
    .map((e) => ({
      key: e.index,
      bad: e.index === bad,
      entry: e,
      time: time.format(e.at),
      mode: e.mode === "personalized" ? texts.personalized : texts.notPersonalized,
      basis: e.purposes.length > 0 ? e.purposes.join(", ") : "—",
    }));
  const verify: AuditConsoleView["verify"] =
    verifying.kind === "running"
      ? { kind: "running", text: texts.verifying }
      : verifying.kind === "error"
        ? { kind: "error", text: formatMessage(texts.failed, { message: verifying.message }, locale) }
        : verifying.kind === "done"
          ? verifying.result.ok
            ? {
                kind: "ok",
                strong: texts.logVerified,
                detail: formatMessage(
                  verifying.result.served === undefined ? texts.logVerifiedDetail : texts.logVerifiedKinds,
                  {
                    size: verifying.result.size,
                    served: verifying.result.served ?? 0,
                    consent: verifying.result.consent ?? 0,
                    notices: verifying.result.notices ?? 0,
                  },
                  locale,
                ),
              }
            : {
                kind: "bad",
                strong: formatMessage(texts.tampered, { index: verifying.result.firstBadIndex }, locale),
                detail: verifying.result.reason ? ` ${verifying.result.reason}` : "",
              }
          : { kind: "idle" };
  return {
    surfaces: surfacesOf(model, entries),
    selected,
    rows,
    caption: formatMessage(texts.entriesShown, { shown: rows.length, total: selected.length }, locale),
    empty: entries.length === 0 ? texts.logEmpty : selected.length === 0 ? texts.noEntries : null,
    pager:
      pages > 1
        ? {
            page,
            pages,
            text: formatMessage(texts.pageOf, { page: page + 1, pages }, locale),
            previous: page === 0 ? null : () => model.setPage(page - 1),
            next: page >= pages - 1 ? null : () => model.setPage(page + 1),
          }
        : null,
    verify,
    tabs: [
      { key: "log", label: input.measureTexts.tabLog },
      { key: "bubble", label: input.bubbleTexts.tab },
      ...(input.hasMeasurement ? [{ key: "measurement", label: input.measureTexts.tabMeasurement }] : []),
    ],
    hasMeasurement: input.hasMeasurement,
    measurement: input.measurement ?? (measured.kind === "done" ? measured.data : null),
    measurementStatus:
      measured.kind === "error"
        ? formatMessage(input.measureTexts.failed, { message: measured.message }, locale)
        : input.measureTexts.loading,
    exportJson: () => downloadText("candor-audit-log.json", jsonDocument(selected)),
    exportCsv: () => downloadText("candor-audit-log.csv", consoleEntriesToCsv(selected), "text/csv"),
  };
}

const selectedCache = new WeakMap<
  AuditConsoleModel,
  { entries: unknown; filters: unknown; value: readonly AuditConsoleEntry[] }
>();
const surfaceCache = new WeakMap<AuditConsoleModel, { entries: unknown; value: readonly string[] }>();

function selectedOf(model: AuditConsoleModel, entries: readonly AuditConsoleEntry[], filters: AuditFilters) {
  const cached = selectedCache.get(model);
  if (cached && cached.entries === entries && cached.filters === filters) return cached.value;
  const value = filterEntries(entries, filters);
  selectedCache.set(model, { entries, filters, value });
  return value;
}

function surfacesOf(model: AuditConsoleModel, entries: readonly AuditConsoleEntry[]) {
  const cached = surfaceCache.get(model);
  if (cached && cached.entries === entries) return cached.value;
  const value = [...new Set(entries.map((e) => e.surface))].sort();
  surfaceCache.set(model, { entries, value });
  return value;
}

/**
 * The WAI-ARIA tabs pattern's keys: the index of the tab ArrowRight, ArrowLeft, Home or End moves to (wrapping), or
 * -1 for any other key.
 */
export function tabKeyTarget(count: number, index: number, key: string): number {
  if (count === 0) return -1;
  return key === "ArrowRight"
    ? (index + 1) % count
    : key === "ArrowLeft"
      ? (index - 1 + count) % count
      : key === "Home"
        ? 0
        : key === "End"
          ? count - 1
          : -1;
}
