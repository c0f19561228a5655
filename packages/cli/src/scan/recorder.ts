/** What `candor scan` injects into every page: it reports storage writes (cookies, Web Storage, IndexedDB) as they happen. */

/** The name of the binding the page calls with each write. */
export const RECORD_BINDING = "__candorScanRecord";

/** A write the page made on the device. */
export interface StorageWrite {
  readonly kind: "cookie" | "localStorage" | "sessionStorage" | "indexedDB";
  readonly name: string;
}

/**
 * Runs in the page before its own scripts: wraps `document.cookie`'s setter, `Storage.prototype.setItem` and
 * `indexedDB.open` so each call is reported, and passes the call through unchanged. Cookie deletions are not writes.
 */
export function recorderScript(binding: string): void {
  const w = window as unknown as Record<string, (write: StorageWrite) => void>;
  const report = (kind: StorageWrite["kind"], name: string) => {
    try {
      void w[binding]?.({ kind, name });
    } catch {
      // the page must never break because it is being watched
    }
  };
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    report(this === window.localStorage ? "localStorage" : "sessionStorage", String(key));
    return setItem.call(this, key, value);
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie");
  if (cookie?.get && cookie.set) {
    const { get, set } = cookie;
    Object.defineProperty(Document.prototype, "cookie", {
      configurable: true,
      get() {
        return get.call(this);
      },
      set(value: string) {
        const text = String(value);
        const deleting = /;\s*max-age=0/i.test(text) || /;\s*expires=thu, 01 jan 1970/i.test(text);
        if (!deleting) report("cookie", text.split("=")[0]?.trim() ?? "");
        set.call(this, value);
      },
    });
  }
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
    report("indexedDB", String(name));
    return version === undefined ? open.call(this, name) : open.call(this, name, version);
  };
}
