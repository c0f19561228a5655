/** zod/mini schemas of consent types for modules that validate with zod (the policy's options): one source of truth. */
import * as z from "zod/mini";
import type { Purpose } from "./types.ts";
/** A purpose definition, checked by the consent module's own `purposeCheck` (unknown keys refused, path named). */
export declare const purposeSchema: z.ZodMiniCustom<Purpose, Purpose>;
