/** Plain, translated words for context reasons, with the texts of `locale` (the view models' `contextReasonText`). */

import { contextTexts } from "@candor/core/ui";
import { contextReasonText, regionDisplayName } from "@candor/core/ui/models";

/** The display name of a region code (`DE`, `US-CA`) in `locale`, or the code when none is known. */
export function regionName(code: string, locale = "en"): string {
  return regionDisplayName(code, locale, contextTexts(locale));
}

/**
 * A reason's text for the shopper. Context reasons carry the raw context value (`evening`, `DE`, `mobile`) in
 * core's wording; they are worded again in `locale` with the value named in plain words. Other reasons, and context
 * reasons whose value is not recognised, are returned as given.
 */
export function reasonText(templateId: string, text: string, locale = "en"): string {
  return contextReasonText(templateId, text, locale, contextTexts(locale));
}
