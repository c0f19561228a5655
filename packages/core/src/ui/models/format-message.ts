/** `{name}` placeholders in UI texts, filled in the same way by every binding. */

/** Fills `{name}` placeholders of a message; unknown names stay as written. */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    values[name] === undefined ? match : String(values[name]),
  );
}
