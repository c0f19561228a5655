import type { AuditConsoleEntry, AuditVerification } from "./audit-entry.ts";
import { type MeasurementData } from "./measurement-panel.tsx";
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
    /** Rows shown at most, newest first; default 100. */
    readonly maxRows?: number;
    /** Level of the section headings; default 2. */
    readonly headingLevel?: 2 | 3;
    /** UI language; default `"en"`. */
    readonly locale?: string;
    /** Measurement data: with it (or `loadMeasurement`) the console gets Log | Measurement tabs. */
    readonly measurement?: MeasurementData;
    /** Loads the measurement data when the Measurement tab first opens (e.g. a lazy chunk). */
    readonly loadMeasurement?: () => Promise<MeasurementData>;
    /** A note shown at the top of the Measurement tab, e.g. where the data come from. */
    readonly measurementNote?: string;
}
interface Filters {
    readonly surface: string;
    readonly mode: string;
    readonly subject: string;
    readonly search: string;
}
/** The entries that pass the filters (surface and mode exact, subject prefix, search in item, title and text). */
export declare function filterEntries(entries: readonly AuditConsoleEntry[], filters: Filters): readonly AuditConsoleEntry[];
/** The entries as CSV (RFC 4180 quoting), one row per entry. */
export declare function entriesToCsv(entries: readonly AuditConsoleEntry[]): string;
/**
 * Auditors filter the log, verify it ("Log verified" or "Tampering detected at entry N", DESIGN.md invariant 5),
 * read position-weighted exposure by seller group and diversity per slate, and export what they selected
 * (DSA Arts. 37, 40; Delegated Regulation (EU) 2024/436).
 */
export declare function AuditConsole(props: AuditConsoleProps): import("preact").JSX.Element;
export {};
