/**
 * `@candor/core/consent/locales/all`: the default purposes' texts, the data category names and the blocked-embed
 * placeholder in every language Candor ships (the 24 official EU languages, Norwegian Bokmål and Icelandic). A shop
 * that serves one language imports only that one (`@candor/core/consent/locales/pl`).
 */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import { type DataCategoryNames, type PurposeText, translatePurposes } from "../purpose-translations.ts";
import { defaultPurposes } from "../purposes.ts";
import type { Purpose, PurposeId } from "../types.ts";
import { bg, categoryNames as bgCategories, placeholderLabels as bgPlaceholder } from "./bg.ts";
import { cs, categoryNames as csCategories, placeholderLabels as csPlaceholder } from "./cs.ts";
import { da, categoryNames as daCategories, placeholderLabels as daPlaceholder } from "./da.ts";
import { de, categoryNames as deCategories, placeholderLabels as dePlaceholder } from "./de.ts";
import { el, categoryNames as elCategories, placeholderLabels as elPlaceholder } from "./el.ts";
import { categoryNames as enCategories, placeholderLabels as enPlaceholder } from "./en.ts";
import { es, categoryNames as esCategories, placeholderLabels as esPlaceholder } from "./es.ts";
import { et, categoryNames as etCategories, placeholderLabels as etPlaceholder } from "./et.ts";
import { fi, categoryNames as fiCategories, placeholderLabels as fiPlaceholder } from "./fi.ts";
import { fr, categoryNames as frCategories, placeholderLabels as frPlaceholder } from "./fr.ts";
import { ga, categoryNames as gaCategories, placeholderLabels as gaPlaceholder } from "./ga.ts";
import { hr, categoryNames as hrCategories, placeholderLabels as hrPlaceholder } from "./hr.ts";
import { hu, categoryNames as huCategories, placeholderLabels as huPlaceholder } from "./hu.ts";
import { is, categoryNames as isCategories, placeholderLabels as isPlaceholder } from "./is.ts";
import { it, categoryNames as itCategories, placeholderLabels as itPlaceholder } from "./it.ts";
import { lt, categoryNames as ltCategories, placeholderLabels as ltPlaceholder } from "./lt.ts";
import { lv, categoryNames as lvCategories, placeholderLabels as lvPlaceholder } from "./lv.ts";
import { mt, categoryNames as mtCategories, placeholderLabels as mtPlaceholder } from "./mt.ts";
import { nb, categoryNames as nbCategories, placeholderLabels as nbPlaceholder } from "./nb.ts";
import { nl, categoryNames as nlCategories, placeholderLabels as nlPlaceholder } from "./nl.ts";
import { pl, categoryNames as plCategories, placeholderLabels as plPlaceholder } from "./pl.ts";
import { pt, categoryNames as ptCategories, placeholderLabels as ptPlaceholder } from "./pt.ts";
import { ro, categoryNames as roCategories, placeholderLabels as roPlaceholder } from "./ro.ts";
import { sk, categoryNames as skCategories, placeholderLabels as skPlaceholder } from "./sk.ts";
import { sl, categoryNames as slCategories, placeholderLabels as slPlaceholder } from "./sl.ts";
import { sv, categoryNames as svCategories, placeholderLabels as svPlaceholder } from "./sv.ts";

/** Translations of the default purposes: language → purpose id → texts, for every shipped language but English. */
export const allPurposeTranslations: Readonly<Record<string, Readonly<Record<PurposeId, PurposeText>>>> = {
  bg,
  cs,
  da,
  de,
  el,
  es,
  et,
  fi,
  fr,
  ga,
  hr,
  hu,
  is,
  it,
  lt,
  lv,
  mt,
  nb,
  nl,
  pl,
  pt,
  ro,
  sk,
  sl,
  sv,
};

/** The default purposes with their texts in every shipped language. */
export const allLocalizedPurposes: readonly Purpose[] = /* @__PURE__ */ translatePurposes(
  defaultPurposes,
  allPurposeTranslations,
);

/** Names of Candor's data categories: language → category id → name, for every shipped language. */
export const allCategoryNames: Readonly<Record<string, DataCategoryNames>> = {
  bg: bgCategories,
  cs: csCategories,
  da: daCategories,
  de: deCategories,
  el: elCategories,
  en: enCategories,
  es: esCategories,
  et: etCategories,
  fi: fiCategories,
  fr: frCategories,
  ga: gaCategories,
  hr: hrCategories,
  hu: huCategories,
  is: isCategories,
  it: itCategories,
  lt: ltCategories,
  lv: lvCategories,
  mt: mtCategories,
  nb: nbCategories,
  nl: nlCategories,
  pl: plCategories,
  pt: ptCategories,
  ro: roCategories,
  sk: skCategories,
  sl: slCategories,
  sv: svCategories,
};

/** The placeholder of a blocked embed (`createGate`'s `labels`): language → labels, for every shipped language. */
export const allPlaceholderLabels: Readonly<Record<string, PlaceholderLabels>> = {
  bg: bgPlaceholder,
  cs: csPlaceholder,
  da: daPlaceholder,
  de: dePlaceholder,
  el: elPlaceholder,
  en: enPlaceholder,
  es: esPlaceholder,
  et: etPlaceholder,
  fi: fiPlaceholder,
  fr: frPlaceholder,
  ga: gaPlaceholder,
  hr: hrPlaceholder,
  hu: huPlaceholder,
  is: isPlaceholder,
  it: itPlaceholder,
  lt: ltPlaceholder,
  lv: lvPlaceholder,
  mt: mtPlaceholder,
  nb: nbPlaceholder,
  nl: nlPlaceholder,
  pl: plPlaceholder,
  pt: ptPlaceholder,
  ro: roPlaceholder,
  sk: skPlaceholder,
  sl: slPlaceholder,
  sv: svPlaceholder,
};
