/** @jsxImportSource react */
/** The auditor's console: the explanation log as a filterable table, log verification, exposure and diversity charts, exports. */
import { auditTexts, bubbleTexts, measureTexts } from "@candor/core/ui";
import type { AuditConsoleEntry, AuditVerification } from "@candor/core/ui/models";
import { type AuditFilters, auditConsoleView, createAuditConsoleModel } from "@candor/core/ui/models";
import { useEffect, useRef, useState } from "react";
import { DiversityChart } from "./diversity-chart.tsx";
import { ExposureChart } from "./exposure-chart.tsx";
import { FilterBubbleView } from "./filter-bubble-view.tsx";
import { type MeasurementData, MeasurementPanel } from "./measurement-panel.tsx";
import { TabList } from "./tab-list.tsx";
import { useStoreState } from "./use-store-state.ts";

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

/** The entries that pass the filters (surface and mode exact, subject prefix, search in item, title and text). */
export { consoleEntriesToCsv, filterEntries } from "@candor/core/ui/models";

/**
 * Auditors filter the log, verify it ("Log verified" or "Tampering detected at entry N", DESIGN.md invariant 5),
 * page through it, read position-weighted exposure by seller group and diversity per slate, follow the filter bubble
 * over days (tab "Filter bubble": entropy and outside share per day, exposure by provider), and export what they
 * selected (DSA Arts. 34, 37, 40; Delegated Regulation (EU) 2024/436). Tabs: Log, Filter bubble, and Measurement
 * when measurement data are given.
 */
export function AuditConsole(props: AuditConsoleProps) {
  const { entries, locale = "en" } = props;
  const text = auditTexts(locale);
  const measureText = measureTexts(locale);
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  const latest = useRef(props);
  latest.current = props;
  const [model] = useState(() => createAuditConsoleModel(() => latest.current));
  const state = useStoreState(model.store);
  const { filters, tab } = state;
  const v = auditConsoleView({
    model,
    state,
    entries,
    maxRows: props.maxRows,
    measurement: props.measurement,
    hasMeasurement: props.measurement !== undefined || props.loadMeasurement !== undefined,
    texts: text,
    measureTexts: measureText,
    bubbleTexts: bubbleTexts(locale),
    locale,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the model reads the latest props; these say when to try again.
  useEffect(() => model.loadMeasurement(), [model, tab, props.measurement, props.loadMeasurement]);
  const set = (key: keyof AuditFilters) => (event: { readonly currentTarget: { readonly value: string } }) =>
    model.setFilter(key, event.currentTarget.value);
  const { verify } = v;

  const log = (
    <>
      <section className="candor-audit__verify" aria-labelledby="candor-audit-verify">
        <Heading id="candor-audit-verify">{text.verifyLog}</Heading>
        <button
          type="button"
          className="candor-button"
          disabled={verify.kind === "running"}
          onClick={() => void model.verify()}
        >
          {text.verifyLog}
        </button>
        <div role="status" className="candor-audit__result" data-testid="verify-result">
          {(verify.kind === "running" || verify.kind === "error") && <p>{verify.text}</p>}
          {verify.kind === "ok" && (
            <p className="candor-audit__ok">
              <strong>{verify.strong}</strong> {verify.detail}
            </p>
          )}
          {verify.kind === "bad" && (
            <p className="candor-audit__bad">
              <strong>{verify.strong}</strong>
              {verify.detail}
            </p>
          )}
        </div>
      </section>

      <section className="candor-audit__charts" aria-labelledby="candor-audit-charts">
        <Heading id="candor-audit-charts">{text.chartsHeading}</Heading>
        <div className="candor-audit__chart-grid">
          <ExposureChart
            id="candor-exposure"
            entries={v.selected}
            title={text.exposureTitle}
            description={text.exposureDescription}
            locale={locale}
          />
          <DiversityChart
            id="candor-diversity"
            entries={v.selected}
            title={text.diversityTitle}
            description={text.diversityDescription}
            locale={locale}
          />
        </div>
      </section>

      <section className="candor-audit__log" aria-labelledby="candor-audit-log">
        <Heading id="candor-audit-log">{text.logHeading}</Heading>
        <fieldset className="candor-audit__filters">
          <legend>{text.filters}</legend>
          <label>
            {text.filterSurface}
            <select value={filters.surface} onChange={set("surface")}>
              <option value="">{text.filterAll}</option>
              {v.surfaces.map((s) => (
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
            <input type="text" value={filters.subject} onChange={set("subject")} autoComplete="off" />
          </label>
          <label>
            {text.filterSearch}
            <input type="search" value={filters.search} onChange={set("search")} autoComplete="off" />
          </label>
        </fieldset>
        <div className="candor-audit__exports">
          <button type="button" className="candor-button candor-button--quiet" onClick={v.exportJson}>
            {text.exportJson}
          </button>
          <button type="button" className="candor-button candor-button--quiet" onClick={v.exportCsv}>
            {text.exportCsv}
          </button>
          {props.exports?.map((e) => (
            <button
              key={e.label}
              type="button"
              className="candor-button candor-button--quiet"
              onClick={() => e.run(v.selected)}
            >
              {e.label}
            </button>
          ))}
        </div>
        {/* Scrolls sideways on narrow screens, so it takes focus for keyboard scrolling (WCAG 2.1.1). */}
        <section
          className="candor-audit__table-wrap"
          aria-labelledby="candor-audit-caption"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (axe scrollable-region-focusable).
          tabIndex={0}
        >
          <table className="candor-audit__table">
            <caption id="candor-audit-caption">{v.caption}</caption>
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
              {v.rows.map(({ key, bad, entry: e, time, mode, basis }) => (
                <tr key={key} className={bad ? "candor-audit__row--bad" : undefined}>
                  <td>{e.index}</td>
                  <td>{time}</td>
                  <td className="candor-audit__subject">{e.subject}</td>
                  <td>{e.surface}</td>
                  <td>{e.rank}</td>
                  <td>
                    {e.itemTitle ?? e.item}
                    {e.itemTitle ? <span className="candor-audit__id"> ({e.item})</span> : null}
                  </td>
                  <td>{mode}</td>
                  <td>{e.text}</td>
                  <td>
                    {basis}
                    {e.consentEventId ? (
                      <span className="candor-audit__id"> ({e.consentEventId})</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        {v.empty !== null && <p className="candor-audit__empty">{v.empty}</p>}
        {v.pager && (
          <nav className="candor-audit__pager" aria-label={text.logHeading}>
            <button
              type="button"
              className="candor-button candor-button--quiet"
              disabled={v.pager.previous === null}
              onClick={v.pager.previous ?? undefined}
            >
              {text.previous}
            </button>
            <span aria-live="polite">{v.pager.text}</span>
            <button
              type="button"
              className="candor-button candor-button--quiet"
              disabled={v.pager.next === null}
              onClick={v.pager.next ?? undefined}
            >
              {text.next}
            </button>
          </nav>
        )}
      </section>
    </>
  );
  return (
    <div className="candor-audit" lang={text.lang} dir={text.dir}>
      <TabList
        id="candor-audit"
        label={measureText.tabsLabel}
        tabs={v.tabs}
        selected={tab}
        onSelect={model.selectTab}
      />
      <div
        role="tabpanel"
        id="candor-audit-panel-log"
        aria-labelledby="candor-audit-tab-log"
        hidden={tab !== "log"}
        className="candor-audit__panel"
      >
        {log}
      </div>
      <div
        role="tabpanel"
        id="candor-audit-panel-bubble"
        aria-labelledby="candor-audit-tab-bubble"
        hidden={tab !== "bubble"}
        className="candor-audit__panel"
      >
        {tab === "bubble" && (
          <FilterBubbleView
            id="candor-bubble"
            entries={v.selected}
            locale={locale}
            headingLevel={props.headingLevel === 3 ? 3 : 2}
          />
        )}
      </div>
      {v.hasMeasurement && (
        <div
          role="tabpanel"
          id="candor-audit-panel-measurement"
          aria-labelledby="candor-audit-tab-measurement"
          hidden={tab !== "measurement"}
          className="candor-audit__panel"
        >
          {props.measurementNote ? <p className="candor-measure__note">{props.measurementNote}</p> : null}
          {v.measurement ? (
            <MeasurementPanel
              report={v.measurement.report}
              drift={v.measurement.drift}
              locale={locale}
              headingLevel={props.headingLevel === 3 ? 3 : 2}
            />
          ) : (
            <p role="status" data-testid="measurement-status">
              {v.measurementStatus}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
