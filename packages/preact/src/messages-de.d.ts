/** German UI texts. */
import type { Messages } from "./messages.ts";
/** German UI texts. */
export declare const de: Messages;
