/** English UI texts. */
import type { Messages } from "./messages.ts";
/** English UI texts. */
export declare const en: Messages;
