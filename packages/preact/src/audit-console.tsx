/** The auditor's console: the explanation log as a filterable table, log verification, exposure and diversity charts, exports. */

import { csvDocument } from "@candor/core/audit";
import { auditTexts, bubbleTexts, formatMessage, measureTexts } from "@candor/core/ui";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { AuditConsoleEntry, AuditVerification } from "./audit-entry.ts";
import { DiversityChart } from "./diversity-chart.tsx";
import { downloadText } from "./download.ts";
import { ExposureChart } from "./exposure-chart.tsx";
import { FilterBubbleView } from "./filter-bubble-view.tsx";
import { type MeasurementData, MeasurementPanel } from "./measurement-panel.tsx";
import { TabList } from "./tab-list.tsx";

/** An export action beside the built-in JSON and CSV ones (e.g. a signed evidence bundle). */
export interface AuditExport {
  readonly label: string;
  /** Receives the entries the filters select. */
  readonly run: (entries: readonly AuditConsoleEntry[]) => void;
}

/** Props of {@link AuditConsole}. */
export interface AuditConsoleProps {
  /** Every log entry, oldest first. */
  readonly entries: readonly AuditConsoleEntry[];
  /** Verifies the whole log (e.g. recomputes the Merkle root and checks the signed tree head). */
  readonly verify: () => Promise<AuditVerification>;
  /** More export actions. */
  readonly exports?: readonly AuditExport[];
  /** Rows per page of the log table, newest first; default 25. */
  readonly maxRows?: number;
  /** Level of the section headings; default 2. */
  readonly headingLevel?: 2 | 3;
  /** UI language, with a region for dates and numbers (`"en-DE"` writes 03/12/2026); default `"en"`. */
  readonly locale?: string;
  /** Measurement data: with it (or `loadMeasurement`) the console gets Log | Measurement tabs. */
  readonly measurement?: MeasurementData;
  /** Loads the measurement data when the Measurement tab first opens (e.g. a lazy chunk). */
  readonly loadMeasurement?: () => Promise<MeasurementData>;
  /** A note shown at the top of the Measurement tab, e.g. where the data come from. */
  readonly measurementNote?: string;
}

type MeasureState =
  | { readonly kind: "idle" }
  | { readonly kind: "loading" }
  | { readonly kind: "done"; readonly data: MeasurementData }
  | { readonly kind: "error"; readonly message: string };

type VerifyState =
  | { readonly kind: "idle" }
  | { readonly kind: "running" }
  | { readonly kind: "done"; readonly result: AuditVerification }
  | { readonly kind: "error"; readonly message: string };

interface Filters {
  readonly surface: string;
  readonly mode: string;
  readonly subject: string;
  readonly search: string;
}

const NO_FILTERS: Filters = { surface: "", mode: "", subject: "", search: "" };

/** The entries that pass the filters (surface and mode exact, subject prefix, search in item, title and text). */
export function filterEntries(
  entries: readonly AuditConsoleEntry[],
  filters: Filters,
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

/**
 * Auditors filter the log, verify it ("Log verified" or "Tampering detected at entry N", DESIGN.md invariant 5),
 * page through it, read position-weighted exposure by seller group and diversity per slate, follow the filter bubble
 * over days (tab "Filter bubble": entropy and outside share per day, exposure by provider), and export what they
 * selected (DSA Arts. 34, 37, 40; Delegated Regulation (EU) 2024/436). Tabs: Log, Filter bubble, and Measurement
 * when measurement data are given.
 */
export function AuditConsole(props: AuditConsoleProps) {
  const { entries, verify, locale = "en" } = props;
  const text = auditTexts(locale);
  const measureText = measureTexts(locale);
  const bubbleText = bubbleTexts(locale);
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [verifying, setVerifying] = useState<VerifyState>({ kind: "idle" });
  const surfaces = useMemo(() => [...new Set(entries.map((e) => e.surface))].sort(), [entries]);
  const selected = useMemo(() => filterEntries(entries, filters), [entries, filters]);
  const perPage = Math.max(1, props.maxRows ?? 25);
  const pages = Math.max(1, Math.ceil(selected.length / perPage));
  const [pageIndex, setPage] = useState(0);
  const pageNo = Math.min(pageIndex, pages - 1);
  const end = selected.length - pageNo * perPage;
  const rows = selected.slice(Math.max(0, end - perPage), end).reverse();
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "medium" });
  const bad = verifying.kind === "done" && !verifying.result.ok ? verifying.result.firstBadIndex : null;
  const measured_ = props.measurement !== undefined || props.loadMeasurement !== undefined;
  const [tab, setTab] = useState<"log" | "bubble" | "measurement">("log");
  const [measured, setMeasured] = useState<MeasureState>({ kind: "idle" });
  const { loadMeasurement } = props;
  useEffect(() => {
    if (tab !== "measurement" || props.measurement || !loadMeasurement || measured.kind !== "idle") return;
    setMeasured({ kind: "loading" });
    loadMeasurement().then(
      (data) => setMeasured({ kind: "done", data }),
      (error: unknown) =>
        setMeasured({ kind: "error", message: error instanceof Error ? error.message : String(error) }),
    );
  }, [tab, props.measurement, loadMeasurement, measured.kind]);
  const measurement = props.measurement ?? (measured.kind === "done" ? measured.data : undefined);

  const runVerify = async () => {
    setVerifying({ kind: "running" });
    try {
      setVerifying({ kind: "done", result: await verify() });
    } catch (error) {
      setVerifying({ kind: "error", message: error instanceof Error ? error.message : String(error) });
    }
  };
  const set = (key: keyof Filters) => (event: Event) => {
    setPage(0);
    setFilters({ ...filters, [key]: (event.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  };

  const log = (
    <>
      <section class="candor-audit__verify" aria-labelledby="candor-audit-verify">
        <Heading id="candor-audit-verify">{text.verifyLog}</Heading>
        <button
          type="button"
          class="candor-button"
          disabled={verifying.kind === "running"}
          onClick={() => void runVerify()}
        >
          {text.verifyLog}
        </button>
        <div role="status" class="candor-audit__result" data-testid="verify-result">
          {verifying.kind === "running" && <p>{text.verifying}</p>}
          {verifying.kind === "error" && (
            <p>{formatMessage(text.failed, { message: verifying.message }, locale)}</p>
          )}
          {verifying.kind === "done" &&
            (verifying.result.ok ? (
              <p class="candor-audit__ok">
                <strong>{text.logVerified}</strong>{" "}
                {formatMessage(
                  verifying.result.served === undefined ? text.logVerifiedDetail : text.logVerifiedKinds,
                  {
                    size: verifying.result.size,
                    served: verifying.result.served ?? 0,
                    consent: verifying.result.consent ?? 0,
                    notices: verifying.result.notices ?? 0,
                  },
                  locale,
                )}
              </p>
            ) : (
              <p class="candor-audit__bad">
                <strong>
                  {formatMessage(text.tampered, { index: verifying.result.firstBadIndex }, locale)}
                </strong>
                {verifying.result.reason ? ` ${verifying.result.reason}` : ""}
              </p>
            ))}
        </div>
      </section>

      <section class="candor-audit__charts" aria-labelledby="candor-audit-charts">
        <Heading id="candor-audit-charts">{text.chartsHeading}</Heading>
        <div class="candor-audit__chart-grid">
          <ExposureChart
            id="candor-exposure"
            entries={selected}
            title={text.exposureTitle}
            description={text.exposureDescription}
            locale={locale}
          />
          <DiversityChart
            id="candor-diversity"
            entries={selected}
            title={text.diversityTitle}
            description={text.diversityDescription}
            locale={locale}
          />
        </div>
      </section>

      <section class="candor-audit__log" aria-labelledby="candor-audit-log">
        <Heading id="candor-audit-log">{text.logHeading}</Heading>
        <fieldset class="candor-audit__filters">
          <legend>{text.filters}</legend>
          <label>
            {text.filterSurface}
            <select value={filters.surface} onChange={set("surface")}>
              <option value="">{text.filterAll}</option>
              {surfaces.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label>
            {text.filterMode}
            <select value={filters.mode} onChange={set("mode")}>
              <option value="">{text.filterAll}</option>
              <option value="personalized">{text.personalized}</option>
              <option value="non_profiling">{text.notPersonalized}</option>
            </select>
          </label>
          <label>
            {text.filterSubject}
            <input type="text" value={filters.subject} onInput={set("subject")} autocomplete="off" />
          </label>
          <label>
            {text.filterSearch}
            <input type="search" value={filters.search} onInput={set("search")} autocomplete="off" />
          </label>
        </fieldset>
        <div class="candor-audit__exports">
          <button
            type="button"
            class="candor-button candor-button--quiet"
            onClick={() => downloadText("candor-audit-log.json", `${JSON.stringify(selected, null, 2)}\n`)}
          >
            {text.exportJson}
          </button>
          <button
            type="button"
            class="candor-button candor-button--quiet"
            onClick={() => downloadText("candor-audit-log.csv", consoleEntriesToCsv(selected), "text/csv")}
          >
            {text.exportCsv}
          </button>
          {props.exports?.map((e) => (
            <button
              key={e.label}
              type="button"
              class="candor-button candor-button--quiet"
              onClick={() => e.run(selected)}
            >
              {e.label}
            </button>
          ))}
        </div>
        {/* Scrolls sideways on narrow screens, so it takes focus for keyboard scrolling (WCAG 2.1.1). */}
        <section
          class="candor-audit__table-wrap"
          aria-labelledby="candor-audit-caption"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (axe scrollable-region-focusable).
          tabIndex={0}
        >
          <table class="candor-audit__table">
            <caption id="candor-audit-caption">
              {formatMessage(text.entriesShown, { shown: rows.length, total: selected.length }, locale)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{text.columns.index}</th>
                <th scope="col">{text.columns.time}</th>
                <th scope="col">{text.columns.subject}</th>
                <th scope="col">{text.columns.surface}</th>
                <th scope="col">{text.columns.rank}</th>
                <th scope="col">{text.columns.item}</th>
                <th scope="col">{text.columns.mode}</th>
                <th scope="col">{text.columns.reason}</th>
                <th scope="col">{text.columns.basis}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.index} class={e.index === bad ? "candor-audit__row--bad" : undefined}>
                  <td>{e.index}</td>
                  <td>{time.format(e.at)}</td>
                  <td class="candor-audit__subject">{e.subject}</td>
                  <td>{e.surface}</td>
                  <td>{e.rank}</td>
                  <td>
                    {e.itemTitle ?? e.item}
                    {e.itemTitle ? <span class="candor-audit__id"> ({e.item})</span> : null}
                  </td>
                  <td>{e.mode === "personalized" ? text.personalized : text.notPersonalized}</td>
                  <td>{e.text}</td>
                  <td>
                    {e.purposes.length > 0 ? e.purposes.join(", ") : "—"}
                    {e.consentEventId ? <span class="candor-audit__id"> ({e.consentEventId})</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        {entries.length === 0 ? (
          <p class="candor-audit__empty">{text.logEmpty}</p>
        ) : selected.length === 0 ? (
          <p class="candor-audit__empty">{text.noEntries}</p>
        ) : null}
        {pages > 1 && (
          <nav class="candor-audit__pager" aria-label={text.logHeading}>
            <button
              type="button"
              class="candor-button candor-button--quiet"
              disabled={pageNo === 0}
              onClick={() => setPage(pageNo - 1)}
            >
              {text.previous}
            </button>
            <span aria-live="polite">{formatMessage(text.pageOf, { page: pageNo + 1, pages }, locale)}</span>
            <button
              type="button"
              class="candor-button candor-button--quiet"
              disabled={pageNo >= pages - 1}
              onClick={() => setPage(pageNo + 1)}
            >
              {text.next}
            </button>
          </nav>
        )}
      </section>
    </>
  );
  const tabs = [
    { key: "log", label: measureText.tabLog },
    { key: "bubble", label: bubbleText.tab },
    ...(measured_ ? [{ key: "measurement", label: measureText.tabMeasurement }] : []),
  ];
  return (
    <div class="candor-audit" lang={text.lang} dir={text.dir}>
      <TabList
        id="candor-audit"
        label={measureText.tabsLabel}
        tabs={tabs}
        selected={tab}
        onSelect={(key) => setTab(key === "measurement" || key === "bubble" ? key : "log")}
      />
      <div
        role="tabpanel"
        id="candor-audit-panel-log"
        aria-labelledby="candor-audit-tab-log"
        hidden={tab !== "log"}
        class="candor-audit__panel"
      >
        {log}
      </div>
      <div
        role="tabpanel"
        id="candor-audit-panel-bubble"
        aria-labelledby="candor-audit-tab-bubble"
        hidden={tab !== "bubble"}
        class="candor-audit__panel"
      >
        {tab === "bubble" && (
          <FilterBubbleView
            id="candor-bubble"
            entries={selected}
            locale={locale}
            headingLevel={props.headingLevel === 3 ? 3 : 2}
          />
        )}
      </div>
      {measured_ && (
        <div
          role="tabpanel"
          id="candor-audit-panel-measurement"
          aria-labelledby="candor-audit-tab-measurement"
          hidden={tab !== "measurement"}
          class="candor-audit__panel"
        >
          {props.measurementNote ? <p class="candor-measure__note">{props.measurementNote}</p> : null}
          {measurement ? (
            <MeasurementPanel
              report={measurement.report}
              drift={measurement.drift}
              locale={locale}
              headingLevel={props.headingLevel === 3 ? 3 : 2}
            />
          ) : (
            <p role="status" data-testid="measurement-status">
              {measured.kind === "error"
                ? formatMessage(measureText.failed, { message: measured.message }, locale)
                : measureText.loading}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
