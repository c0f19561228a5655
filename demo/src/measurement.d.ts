/**
 * The audit console's Measurement tab data, computed in the browser and deterministic by seed: simulated shoppers
 * with a known response model are served through a holdout experiment (80 % personalized, 20 % non-profiling
 * control), their clicks drawn from that model and admitted only under `analytics`; halfway through, their tastes
 * move to other categories so the personalized arm's click-through drifts below its baseline.
 */
import { type Experiment } from "@candor/core/measure";
import type { MeasurementData } from "@candor/preact";
import { type Shop } from "./shop-data.ts";
/** How many background shoppers take part. */
export declare const MEASURED_SHOPPERS = 400;
/** The demo's experiment: a fixed, public demo key (a real shop keeps 32 random bytes secret). */
export declare const demoExperiment: Experiment;
/**
 * Runs the simulation. It serves through its own pipeline over the shop's catalog and policy, with an in-memory vault
 * and its own in-memory explanation log, so the visitor's device vault, the shop's exposure tracker and the shop's
 * log stay untouched.
 */
export declare function simulateMeasurement(shop: Shop, seed?: number): Promise<MeasurementData>;
