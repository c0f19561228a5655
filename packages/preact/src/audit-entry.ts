/** The shapes the audit console reads: one log entry per served item, and the outcome of verifying the log. */
export type { AuditConsoleEntry, AuditVerification } from "@candor/core/ui/models";
