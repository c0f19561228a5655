/** Generates the sample catalog and its background traffic off the main thread, deterministic by seed. */
export {};
