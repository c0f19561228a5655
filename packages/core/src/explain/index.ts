/** `@candor/core/explain`: faithful explanations from contributions and effects, "why not?", and the DSA Art. 27 disclosure. */

export { matchLocale } from "../internal/locale-match.ts";
export {
  type Disclosure,
  type DisclosureConfig,
  describeRecommender,
  disclosureMarkdown,
  type MainParameter,
  type SurfaceDisclosure,
} from "./disclosure.ts";
export {
  type Control,
  type EffectReason,
  type ExplainContext,
  type Explanation,
  explainItem,
  type Reason,
} from "./explain.ts";
export { type ControlLabels, type ExplainLocale, registerExplainLocales } from "./explain-locale.ts";
export { fill, type TemplateId, type Templates, templates } from "./templates.ts";
export { explainWhyNot, type WhyNotReason } from "./why-not.ts";
