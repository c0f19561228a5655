import type { LogReport } from "./report-log.ts";
/** The output formats of {@link renderReport}. */
export type ReportFormat = "markdown" | "json" | "csv";
/** The report as a Markdown document. */
export declare function renderReportMarkdown(report: LogReport): string;
/** The report as pretty-printed JSON. */
export declare function renderReportJson(report: LogReport): string;
/** The report as CSV in long form: `section,key,metric,value`. */
export declare function renderReportCsv(report: LogReport): string;
/** The report in `format`. */
export declare function renderReport(report: LogReport, format: ReportFormat): string;
