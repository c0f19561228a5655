/** The audit console's Measurement view: lift of personalization over the holdout, drift of the online metric, a summary. */
import type { DriftMonitorState, IncrementalityReport, RateLift } from "@candor/core/measure";
import { formatMessage, type MeasureTexts, measureTexts } from "@candor/core/ui";
import { DriftChart } from "./drift-chart.tsx";
import { LiftChart } from "./lift-chart.tsx";

/** What the Measurement view shows: an incrementality report and a drift monitor's checks and events. */
export interface MeasurementData {
  readonly report: IncrementalityReport;
  readonly drift: Pick<DriftMonitorState, "checks" | "events">;
}

/** Props of {@link MeasurementPanel}. */
export interface MeasurementPanelProps extends MeasurementData {
  /** Level of the section headings; default 3. */
  readonly headingLevel?: 2 | 3;
  /** UI language; default `"en"`. */
  readonly locale?: string;
}

/**
 * The plain-language click-through sentence: raised, lowered, or no significant difference (the CI spans 0), in
 * `locale`, or worded with `text` (the Measurement tab's texts, `measureTexts(locale)`) when given.
 */
export function measurementSummary(report: IncrementalityReport, locale = "en", text?: MeasureTexts): string {
  const t = text ?? measureTexts(locale);
  const all = report.comparisons.find((c) => c.surface === null) ?? report.comparisons[0];
  const lift = all?.rates.find((r) => r.metric === "click")?.lift;
  if (!lift) return t.noData;
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, {
    style: "percent",
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  });
  const values = {
    confidence: percent.format(report.confidence),
    low: signed.format(lift.low),
    high: signed.format(lift.high),
  };
  if (lift.low > 0)
    return formatMessage(t.raised, { ...values, lift: percent.format(lift.estimate) }, locale);
  if (lift.high < 0)
    return formatMessage(t.lowered, { ...values, lift: percent.format(-lift.estimate) }, locale);
  return formatMessage(t.noDifference, { ...values, lift: signed.format(lift.estimate) }, locale);
}

/**
 * Shows whether personalization earns its data: the treatment-vs-control lift of each per-visitor rate with its
 * confidence interval (chart and table), the monitored arm's click-through against its baseline with drift events
 * (chart and table), and a one-sentence summary. Every chart has a text alternative and a table beside it.
 */
export function MeasurementPanel(props: MeasurementPanelProps) {
  const { report, drift, locale = "en" } = props;
  const t = measureTexts(locale);
  const Heading = props.headingLevel === 2 ? "h2" : "h3";
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, {
    style: "percent",
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  });
  const pValue = new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 });
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: "UTC" });
  const all = report.comparisons.find((c) => c.surface === null) ?? report.comparisons[0];
  const rates = all?.rates ?? [];
  const labelOf = (rate: RateLift) => t.metrics[rate.metric];
  const arm = drift.events[0]?.arm ?? drift.checks[0]?.arm ?? null;
  const checks = drift.checks.filter((c) => c.arm === arm);
  const events = drift.events.filter((e) => e.arm === arm);
  const threshold = drift.events[0]?.threshold ?? 0.1;
  const baseline = checks.at(-1)?.baseline ?? 0;
  const confidence = percent.format(report.confidence);
  const rateCell = (side: RateLift["control"]) =>
    formatMessage(
      t.rateCell,
      {
        rate: percent.format(side.rate),
        successes: side.successes,
        visitors: side.visitors,
      },
      locale,
    );

  return (
    <div class="candor-measure" lang={t.lang} dir={t.dir}>
      <section aria-labelledby="candor-measure-summary">
        <Heading id="candor-measure-summary">{t.summaryHeading}</Heading>
        <p class="candor-measure__summary" data-testid="measurement-summary">
          {measurementSummary(report, locale, t)}
        </p>
      </section>

      <section aria-labelledby="candor-measure-lift">
        <Heading id="candor-measure-lift">{t.liftHeading}</Heading>
        <figure class="candor-chart" aria-labelledby="candor-lift-caption">
          <figcaption id="candor-lift-caption" class="candor-chart__caption">
            {t.liftTitle}
          </figcaption>
          <LiftChart
            id="candor-lift"
            rates={rates}
            labelOf={labelOf}
            title={t.liftTitle}
            description={formatMessage(t.liftDescription, { confidence }, locale)}
            locale={locale}
          />
          <p class="candor-chart__note">{formatMessage(t.liftDescription, { confidence }, locale)}</p>
        </figure>
        <section
          class="candor-audit__table-wrap"
          aria-labelledby="candor-lift-table-caption"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (axe scrollable-region-focusable).
          tabIndex={0}
        >
          <table class="candor-audit__table" data-testid="lift-table">
            <caption id="candor-lift-table-caption">
              {formatMessage(t.liftCaption, { control: report.control, treatment: report.treatment }, locale)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.liftColumns.metric}</th>
                <th scope="col">{t.liftColumns.control}</th>
                <th scope="col">{t.liftColumns.treatment}</th>
                <th scope="col">{t.liftColumns.lift}</th>
                <th scope="col">{`${t.liftColumns.interval} (${confidence})`}</th>
                <th scope="col">{t.liftColumns.pValue}</th>
              </tr>
            </thead>
            <tbody>
              {rates.map((rate) => (
                <tr key={rate.metric}>
                  <th scope="row">{labelOf(rate)}</th>
                  <td>{rateCell(rate.control)}</td>
                  <td>{rateCell(rate.treatment)}</td>
                  <td>{rate.lift ? signed.format(rate.lift.estimate) : t.undefinedLift}</td>
                  <td>
                    {rate.lift ? `${signed.format(rate.lift.low)} – ${signed.format(rate.lift.high)}` : "—"}
                  </td>
                  <td>{pValue.format(rate.pValue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </section>

      <section aria-labelledby="candor-measure-drift">
        <Heading id="candor-measure-drift">{t.driftHeading}</Heading>
        <figure class="candor-chart" aria-labelledby="candor-drift-caption">
          <figcaption id="candor-drift-caption" class="candor-chart__caption">
            {formatMessage(t.driftTitle, { arm: arm ?? "—" }, locale)}
          </figcaption>
          <DriftChart
            id="candor-drift"
            checks={checks}
            events={events}
            threshold={threshold}
            title={formatMessage(t.driftTitle, { arm: arm ?? "—" }, locale)}
            description={formatMessage(
              t.driftDescription,
              {
                baseline: percent.format(baseline),
                line: percent.format(baseline * (1 - threshold)),
                events: events.length,
              },
              locale,
            )}
            labels={{ baseline: t.baseline, driftLine: t.driftLine }}
            locale={locale}
          />
        </figure>
        <section
          class="candor-audit__table-wrap"
          aria-labelledby="candor-drift-table-caption"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (axe scrollable-region-focusable).
          tabIndex={0}
        >
          <table class="candor-audit__table" data-testid="drift-table">
            <caption id="candor-drift-table-caption">{t.eventsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.eventColumns.time}</th>
                <th scope="col">{t.eventColumns.metric}</th>
                <th scope="col">{t.eventColumns.arm}</th>
                <th scope="col">{t.eventColumns.baseline}</th>
                <th scope="col">{t.eventColumns.observed}</th>
                <th scope="col">{t.eventColumns.drop}</th>
              </tr>
            </thead>
            <tbody>
              {drift.events.map((e) => (
                <tr key={`${e.arm}-${e.at}`}>
                  <td>{time.format(e.at)}</td>
                  <td>{e.metric}</td>
                  <td>{e.arm ?? "—"}</td>
                  <td>{percent.format(e.baseline)}</td>
                  <td>{percent.format(e.observed)}</td>
                  <td>{percent.format(e.drop)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {drift.events.length === 0 && <p>{t.noEvents}</p>}
        </section>
      </section>
    </div>
  );
}
