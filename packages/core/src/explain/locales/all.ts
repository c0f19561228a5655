/**
 * `@candor/core/explain/locales/all`: the explanation texts of every language Candor ships (the 24 official EU
 * languages, Norwegian Bokmål and Icelandic), for servers and shops that serve them all:
 * `registerExplainLocales(...allExplainLocales)`. A shop that serves one language imports only that one
 * (`@candor/core/explain/locales/pl`).
 */
import type { ExplainLocale } from "../explain-locale.ts";
import { bg } from "./bg.ts";
import { cs } from "./cs.ts";
import { da } from "./da.ts";
import { de } from "./de.ts";
import { el } from "./el.ts";
import { en } from "./en.ts";
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

/** Every shipped language, in the order of `supportedLocales`. */
export const allExplainLocales: readonly ExplainLocale[] = [
  bg,
  cs,
  da,
  de,
  el,
  en,
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
];
