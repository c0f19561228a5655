/** The audit console's Measurement view: lift of personalization over the holdout, drift of the online metric, a summary. */
import type { IncrementalityReport } from "@candor/core/measure";
import { type MeasureTexts, measureTexts } from "@candor/core/ui";
import { type MeasurementData, measurementSummaryText, measurementView } from "@candor/core/ui/models";
import { DriftChart } from "./drift-chart.tsx";
import { LiftChart } from "./lift-chart.tsx";

/** What the Measurement view shows: an incrementality report and a drift monitor's checks and events. */
export type { MeasurementData } from "@candor/core/ui/models";

/** Props of {@link MeasurementPanel}. */
export interface MeasurementPanelProps extends MeasurementData {
  /** Level of the section headings; default 3. */
  readonly headingLevel?: 2 | 3;
  /** UI language; default `"en"`. */
  readonly locale?: string;
}

/** The plain-language click-through sentence: raised, lowered, or no significant difference (the CI spans 0). */
export function measurementSummary(report: IncrementalityReport, locale = "en", text?: MeasureTexts): string {
  return measurementSummaryText(report, text ?? measureTexts(locale), locale);
}

/**
 * Shows whether personalization earns its data: the treatment-vs-control lift of each per-visitor rate with its
 * confidence interval (chart and table), the monitored arm's click-through against its baseline with drift events
 * (chart and table), and a one-sentence summary. Every chart has a text alternative and a table beside it.
 */
export function MeasurementPanel(props: MeasurementPanelProps) {
  const { locale = "en" } = props;
  const texts = measureTexts(locale);
  const v = measurementView(props, texts, locale);
  const t = v.labels;
  const Heading = props.headingLevel === 2 ? "h2" : "h3";
  return (
    <div class="candor-measure" lang={texts.lang} dir={texts.dir}>
      <section aria-labelledby="candor-measure-summary">
        <Heading id="candor-measure-summary">{t.summaryHeading}</Heading>
        <p class="candor-measure__summary" data-testid="measurement-summary">
          {v.summary}
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
            rates={v.rates}
            labelOf={v.labelOf}
            title={t.liftTitle}
            description={v.liftDescription}
            locale={locale}
          />
          <p class="candor-chart__note">{v.liftDescription}</p>
        </figure>
        <section
          class="candor-audit__table-wrap"
          aria-labelledby="candor-lift-table-caption"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (axe scrollable-region-focusable).
          tabIndex={0}
        >
          <table class="candor-audit__table" data-testid="lift-table">
            <caption id="candor-lift-table-caption">{v.liftCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.liftColumns.metric}</th>
                <th scope="col">{t.liftColumns.control}</th>
                <th scope="col">{t.liftColumns.treatment}</th>
                <th scope="col">{t.liftColumns.lift}</th>
                <th scope="col">{v.intervalHeader}</th>
                <th scope="col">{t.liftColumns.pValue}</th>
              </tr>
            </thead>
            <tbody>
              {v.liftRows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{row.control}</td>
                  <td>{row.treatment}</td>
                  <td>{row.lift}</td>
                  <td>{row.interval}</td>
                  <td>{row.pValue}</td>
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
            {v.drift.title}
          </figcaption>
          <DriftChart
            id="candor-drift"
            checks={v.drift.checks}
            events={v.drift.events}
            threshold={v.drift.threshold}
            title={v.drift.title}
            description={v.drift.description}
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
              {v.eventRows.map((e) => (
                <tr key={e.key}>
                  <td>{e.time}</td>
                  <td>{e.metric}</td>
                  <td>{e.arm}</td>
                  <td>{e.baseline}</td>
                  <td>{e.observed}</td>
                  <td>{e.drop}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {v.eventRows.length === 0 && <p>{t.noEvents}</p>}
        </section>
      </section>
    </div>
  );
}
