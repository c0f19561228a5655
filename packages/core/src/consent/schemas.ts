/** zod/mini schemas of consent types for modules that validate with zod (the policy's options): one source of truth. */
import * as z from "zod/mini";
import type { Purpose } from "./types.ts";
import { purposeCheck } from "./validate.ts";

/** A purpose definition, checked by the consent module's own `purposeCheck` (unknown keys refused, path named). */
export const purposeSchema = z.custom<Purpose>().check((payload) => {
  const problem = purposeCheck(payload.value);
  if (problem) {
    payload.issues.push({
      code: "custom",
      message: problem[1],
      input: payload.value,
      path: problem[0] ? problem[0].split(".") : [],
    });
  }
});
