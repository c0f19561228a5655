/** A minimal IAB GPP stub (`__gpp` before the CMP loads): queues calls and event listeners for `@iabgpp/cmpapi`. */

type Callback = (data: unknown, success: boolean) => void;
interface GppStubWindow {
  __gpp?: unknown;
}

/**
 * Defines `window.__gpp` as the IAB stub when no GPP API is there yet: `ping` answers `cmpStatus: "stub"`,
 * `addEventListener` is kept for the CMP, every other call is queued and answered once `connectGpp` runs.
 * Run it as early as possible (an early script in `<head>`); `connectGpp` calls it too. Does nothing when present.
 */
export function installGppStub(win: object = globalThis): void {
  const target = win as GppStubWindow;
  if (typeof target.__gpp === "function") return;
  const queue: unknown[][] = [];
  const events: { id: number; callback: Callback; parameter: unknown }[] = [];
  const pingData = () => ({
    gppVersion: "1.1",
    cmpStatus: "stub",
    cmpDisplayStatus: "hidden",
    signalStatus: "not ready",
    supportedAPIs: [],
    cmpId: 0,
    sectionList: [],
    applicableSections: [-1],
    gppString: "",
    parsedSections: {},
  });
  target.__gpp = (command?: string, callback?: Callback, parameter?: unknown, version?: unknown) => {
    if (command === undefined) return queue;
    if (command === "events") return events;
    if (command === "ping") {
      callback?.(pingData(), true);
      return undefined;
    }
    if (command === "addEventListener" && callback) {
      const id = events.length + 1;
      events.push({ id, callback, parameter });
      callback({ eventName: "listenerRegistered", listenerId: id, data: true, pingData: pingData() }, true);
      return undefined;
    }
    queue.push([command, callback, parameter, version]);
    return undefined;
  };
}
