/** English explanation texts (the reference every other language is checked against). */
import type { ExplainLocale } from "../explain-locale.ts";

/** English. */
export const en: ExplainLocale = {
  locale: "en",
  templates: {
    "because-viewed": "Because you viewed {item}",
    "because-bought": "Because you bought {item}",
    "because-rated": "Because you rated {item}",
    "because-searched": "Because you searched for “{value}”",
    "also-bought": "Shoppers who bought {item} also bought this",
    "similar-to": "Similar to {item}",
    session: "Related to {item}, which you looked at just now",
    interest: "Matches your interest in {category}",
    "popular-in": "Popular in {category} this week",
    "popular-now": "Popular right now; nothing personal is used until you choose",
    "popular-now-holdout":
      "Popular right now: you are in a comparison group that sees non-personalized picks for a while",
    "popular-now-not-personalized":
      "You're seeing this because you chose not to personalize: it is popular right now",
    "context-device": "Popular with shoppers {value}",
    "context-daypart": "Popular {value}",
    "context-region": "Popular in your region ({value})",
    editorial: "Picked by our team",
    "other-activity": "Based on other activity you allowed (not named, to protect sensitive data)",
    variety: "Added for variety: outside your usual categories",
    "provider-fairness": "From an independent seller, to keep things fair",
    exploration: "Something new we are trying out for you",
    calibration: "Keeps the mix close to your interests",
    "long-tail": "A less-known pick, so popular items don't crowd out the rest",
    reranked: "Moved for balance",
  },
  controls: {
    dontUse: "Don't use {item}",
    notInterested: "Not interested",
    turnOff: "Turn off: {value}",
    variety: "Change variety",
    notPersonalized: "Show me non-personalized recommendations",
  },
  whyNot: {
    shown: "It is shown, at position {rank}.",
    "unknown-item": "We don't know this product.",
    filtered: "It is filtered out: {reason}",
    bought: "You already bought it.",
    "not-interested": "You said you are not interested in it.",
    excluded: "It is already in your cart or on this page.",
    constraint: "It does not match the filters you chose.",
    outranked: "Other products scored higher: it scored {score}, the last one shown ({by}) {cutoff}.",
    "data-not-allowed": "Some of your data may not be used for recommendations: {categories}.",
  },
  device: { mobile: "on mobile", desktop: "on desktop", tablet: "on tablets" },
  daypart: {
    night: "at night",
    morning: "in the morning",
    afternoon: "in the afternoon",
    evening: "in the evening",
  },
};
