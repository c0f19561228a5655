/** French UI texts. */
import type { Messages } from "./messages.ts";
/** French UI texts. */
export declare const fr: Messages;
