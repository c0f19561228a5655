/** A minimal IAB GPP stub (`__gpp` before the CMP loads): queues calls and event listeners for `@iabgpp/cmpapi`. */
/**
 * Defines `window.__gpp` as the IAB stub when no GPP API is there yet: `ping` answers `cmpStatus: "stub"`,
 * `addEventListener` is kept for the CMP, every other call is queued and answered once `connectGpp` runs.
 * Run it as early as possible (an early script in `<head>`); `connectGpp` calls it too. Does nothing when present.
 */
export declare function installGppStub(win?: object): void;
