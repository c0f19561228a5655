/**
 * `@candor/core/consent/locales/all`: the default purposes' texts in every language Candor ships besides English
 * (the 24 official EU languages, Norwegian Bokmål and Icelandic). A shop that serves one language imports only that
 * one (`@candor/core/consent/locales/pl`) and passes it to `translatePurposes`.
 */
import { type PurposeText, translatePurposes } from "../purpose-translations.ts";
import { defaultPurposes } from "../purposes.ts";
import type { Purpose, PurposeId } from "../types.ts";
import { bg } from "./bg.ts";
import { cs } from "./cs.ts";
import { da } from "./da.ts";
import { de } from "./de.ts";
import { el } from "./el.ts";
import { es } from "./es.ts";
import { et } from "./et.ts";
import { fi } from "./fi.ts";
import { fr } from "./fr.ts";
import { ga } from "./ga.ts";
import { hr } from "./hr.ts";
import { hu } from "./hu.ts";
import { is } from "./is.ts";
import { it } from "./it.ts";
import { lt } from "./lt.ts";
import { lv } from "./lv.ts";
import { mt } from "./mt.ts";
import { nb } from "./nb.ts";
import { nl } from "./nl.ts";
import { pl } from "./pl.ts";
import { pt } from "./pt.ts";
import { ro } from "./ro.ts";
import { sk } from "./sk.ts";
import { sl } from "./sl.ts";
import { sv } from "./sv.ts";

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
