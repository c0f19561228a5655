/** Maltese texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Maltese (Malti). */
export const mt: DefaultPurposeTexts = {
  essential: {
    title: "Essenzjali",
    description: "Iżomm il-basket, il-ħlas u l-għażliet tal-privatezza tiegħek jaħdmu. Dejjem attiv.",
  },
  "personalization.browsing": {
    title: "Rakkomandazzjonijiet minn dak li tara",
    description:
      "Juża l-prodotti u l-paġni li tara hawn u t-tfittxijiet tiegħek biex jissuġġerixxi prodotti.",
  },
  "personalization.purchases": {
    title: "Rakkomandazzjonijiet mix-xiri tiegħek",
    description: "Juża dak li xtrajt u vvalutajt hawn biex jissuġġerixxi prodotti.",
  },
  "personalization.similar-shoppers": {
    title: "Tgħallem minn klijenti simili",
    description:
      "L-attività tiegħek, aggregata ma' dik ta' mill-inqas erba' klijenti oħra, tgħin lil oħrajn, u tagħhom tgħinek lilek.",
  },
  "personalization.context": {
    title: "Rakkomandazzjonijiet mill-kuntest tiegħek",
    description: "Juża t-tip ta' apparat, il-ħin tal-ġurnata u l-post approssimattiv (pajjiż jew reġjun).",
  },
  "marketing.email": {
    title: "Imejls ta' kummerċjalizzazzjoni",
    description: "Jibgħatlek offerti bl-imejl, magħżula skont ix-xiri tiegħek.",
  },
  "advertising.cross-context": {
    title: "Reklami fuq siti oħra",
    description: "Jaqsam l-attività tiegħek ma' sħab tar-reklamar biex jurulek reklami x'imkien ieħor.",
  },
  analytics: {
    title: "Analitika",
    description: "Jgħodd kif jintużaw il-ħanut u r-rakkomandazzjonijiet tiegħu, biex ikejjilhom u jtejbhom.",
  },
  sensitive: {
    title: "Prodotti sensittivi (kunsens espliċitu)",
    description:
      "Iħalli l-wiri ta' prodotti sensittivi, bħal oġġetti tal-ispiżerija, jinfluwenza r-rakkomandazzjonijiet tiegħek.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Il-basket tax-xiri",
  "candor:ConsentRecord": "L-għażliet tal-privatezza tiegħek",
  "pd:BrowsingBehavior": "Prodotti u paġni li rajt",
  "pd:SearchHistory": "Tfittxijiet",
  "pd:Purchase": "Xiri",
  "pd:Rating": "Valutazzjonijiet",
  "pd:DeviceBased": "Tip ta' apparat",
  "pd:Location": "Post approssimattiv",
  "candor:TimeOfDay": "Ħin tal-ġurnata",
  "pd:EmailAddress": "Indirizz tal-imejl",
  "pd:Health": "Data dwar is-saħħa",
  "pd:Religion": "Twemmin reliġjuż jew filosofiku",
  "pd:Sexuality": "Ħajja sesswali jew orjentazzjoni sesswali",
  "pd:PoliticalOpinion": "Opinjonijiet politiċi",
  "pd:EthnicOrigin": "Oriġini razzjali jew etnika",
  "pd:Biometric": "Data bijometrika",
  "pd:Age": "Età",
  "pd:Genetic": "Data ġenetika",
  "pd:TradeUnionMembership": "Sħubija fi trade union",
  "candor:UnclassifiedSpecialCategory": "Kategorija speċjali oħra ta' data personali",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Ippermetti “Videos”`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Il-kontenut minn ${host} huwa mblukkat sakemm tippermetti “${purposes}”.`,
  allow: (purposes) => `Ippermetti “${purposes}”`,
};
