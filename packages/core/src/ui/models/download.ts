/** Saves text as a file in the browser, with no network and no inline script (CSP-clean). */

/** Offers `text` as a download named `filename`; does nothing outside a browser. */
export function downloadText(filename: string, text: string, type = "application/json"): void {
  if (typeof document === "undefined" || typeof URL.createObjectURL !== "function") return;
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The JSON document a component offers for download: two-space indent and a final newline. */
export const jsonDocument = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
