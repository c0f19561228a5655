/**
 * `@candor/core/consent/locales/all`: the default purposes' texts and data category names in every language Candor
 * ships (the 24 official EU languages, Norwegian Bokmål and Icelandic). A shop that serves one language imports only
 * that one (`@candor/core/consent/locales/pl`) and passes it to `translatePurposes`.
 */
import { type DataCategoryNames, type PurposeText, translatePurposes } from "../purpose-translations.ts";
import { defaultPurposes } from "../purposes.ts";
import type { Purpose, PurposeId } from "../types.ts";
import { bg, categoryNames as bgCategories } from "./bg.ts";
import { cs, categoryNames as csCategories } from "./cs.ts";
import { da, categoryNames as daCategories } from "./da.ts";
import { de, categoryNames as deCategories } from "./de.ts";
import { el, categoryNames as elCategories } from "./el.ts";
import { categoryNames as enCategories } from "./en.ts";
import { es, categoryNames as esCategories } from "./es.ts";
import { et, categoryNames as etCategories } from "./et.ts";
import { fi, categoryNames as fiCategories } from "./fi.ts";
import { fr, categoryNames as frCategories } from "./fr.ts";
import { ga, categoryNames as gaCategories } from "./ga.ts";
import { hr, categoryNames as hrCategories } from "./hr.ts";
import { hu, categoryNames as huCategories } from "./hu.ts";
import { is, categoryNames as isCategories } from "./is.ts";
import { it, categoryNames as itCategories } from "./it.ts";
import { lt, categoryNames as ltCategories } from "./lt.ts";
import { lv, categoryNames as lvCategories } from "./lv.ts";
import { mt, categoryNames as mtCategories } from "./mt.ts";
import { nb, categoryNames as nbCategories } from "./nb.ts";
import { nl, categoryNames as nlCategories } from "./nl.ts";
import { pl, categoryNames as plCategories } from "./pl.ts";
import { pt, categoryNames as ptCategories } from "./pt.ts";
import { ro, categoryNames as roCategories } from "./ro.ts";
import { sk, categoryNames as skCategories } from "./sk.ts";
import { sl, categoryNames as slCategories } from "./sl.ts";
import { sv, categoryNames as svCategories } from "./sv.ts";

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

/** Names of the default purposes' data categories: language → category id → name, for every shipped language. */
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
