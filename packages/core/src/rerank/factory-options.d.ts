/** Validates `createExposureTracker`'s options; throws {@link RerankConfigError} naming the option. */
export declare function checkExposureOptions(input: unknown): void;
/** Validates `createRerankStage`'s options; throws {@link RerankConfigError} naming the option. */
export declare function checkStageOptions(input: unknown): void;
