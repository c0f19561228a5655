/** `@candor/preact/locales`: the components' texts in German, French and Spanish; pass them to `addMessages`. */
import type { Messages } from "./messages.ts";
import { de } from "./messages-de.ts";
import { es } from "./messages-es.ts";
import { fr } from "./messages-fr.ts";

export { de, es, fr };

/** German, French and Spanish texts by language, for `addMessages(locales)`. */
export const locales: Readonly<Record<string, Messages>> = { de, fr, es };
