/** Spanish UI texts. */
import type { Messages } from "./messages.ts";
/** Spanish UI texts. */
export declare const es: Messages;
