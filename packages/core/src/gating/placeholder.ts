/** The small placeholder shown in place of a blocked embed, with a one-purpose opt-in (contextual consent). */

/** The words of the placeholder; a shop passes its own for other languages. */
export interface PlaceholderLabels {
  /** The notice, e.g. `Content from www.youtube.com is blocked until you allow “Videos”.` */
  readonly blocked: (purposes: string, host: string) => string;
  /** The button, e.g. `Allow “Videos”`. */
  readonly allow: (purposes: string) => string;
}

/** English labels, the default. */
export const englishPlaceholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Content from ${host} is blocked until you allow “${purposes}”.`,
  allow: (purposes) => `Allow “${purposes}”`,
};

/** Builds the placeholder element: a labelled group with the notice and one button. */
export function createPlaceholder(
  doc: Document,
  options: {
    readonly titles: string;
    readonly host: string;
    readonly labels: PlaceholderLabels;
    readonly onAllow: () => void;
  },
): HTMLElement {
  const box = doc.createElement("div");
  box.className = "candor-placeholder";
  box.setAttribute("role", "group");
  box.setAttribute("aria-label", options.labels.allow(options.titles));
  const text = doc.createElement("p");
  text.textContent = options.labels.blocked(options.titles, options.host);
  const button = doc.createElement("button");
  button.type = "button";
  button.textContent = options.labels.allow(options.titles);
  button.addEventListener("click", options.onAllow);
  box.append(text, button);
  return box;
}
