import type { OpenedEntry, OpenedLogEntry } from "./types.ts";
/** Entry fields a sample can be stratified by. */
export type StratumField = "surface" | "mode" | "provider" | "category" | "jurisdiction" | "templateId" | "consent";
/** Options of {@link sampleLog}. */
export interface SampleOptions {
    /** Units to draw; all of them when the population is smaller. */
    readonly n: number;
    /** 32-bit seed: same entries, same options, same sample. */
    readonly seed: number;
    /** Fields whose value combinations form the strata; default none (simple random sample). */
    readonly stratify?: readonly StratumField[];
    /** Draw single entries or whole slates (strata by the slate's first entry); default `"entry"`. */
    readonly unit?: "entry" | "slate";
}
/** Why the sample is what it is, to be filed with it. */
export interface SampleRationale {
    readonly method: string;
    readonly seed: number;
    readonly n: number;
    readonly unit: "entry" | "slate";
    readonly stratify: readonly StratumField[];
    readonly population: number;
    readonly sampled: number;
    readonly strata: readonly {
        readonly values: Readonly<Partial<Record<StratumField, string>>>;
        readonly population: number;
        readonly sampled: number;
    }[];
    /** The rationale in one paragraph of plain English. */
    readonly text: string;
}
/** A sample: its entries in index order and its rationale. */
export interface LogSample {
    readonly entries: readonly OpenedEntry[];
    readonly rationale: SampleRationale;
}
/** A two-pass stratified sampler with memory bounded by the strata and the sample: count every entry, then take. */
export interface StreamSampler {
    /** Pass 1: counts a served entry (in index order). */
    count(entry: OpenedEntry): void;
    /** Ends pass 1: the allocation and the rationale. */
    plan(): SampleRationale;
    /** Pass 2 (after `plan`): whether the entry is in the sample, for the same entries in the same order. */
    take(entry: OpenedEntry): boolean;
}
/** Creates a two-pass sampler; throws {@link AuditConfigError} for bad options. */
export declare function createStreamSampler(options: SampleOptions): StreamSampler;
/** Draws a reproducible stratified sample of the served entries; throws {@link AuditConfigError} for a bad `n`, `seed` or field. */
export declare function sampleLog(entries: readonly OpenedLogEntry[], options: SampleOptions): LogSample;
