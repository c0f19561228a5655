/** Croatian texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Croatian (hrvatski). */
export const hr: DefaultPurposeTexts = {
  essential: {
    title: "Nužno",
    description: "Održava košaricu, naplatu i vaše postavke privatnosti funkcionalnima. Uvijek uključeno.",
  },
  "personalization.browsing": {
    title: "Preporuke prema onome što pregledavate",
    description:
      "Upotrebljava proizvode i stranice koje ovdje pregledavate te vaša pretraživanja za predlaganje proizvoda.",
  },
  "personalization.purchases": {
    title: "Preporuke prema vašim kupnjama",
    description: "Upotrebljava ono što ste ovdje kupili i ocijenili za predlaganje proizvoda.",
  },
  "personalization.similar-shoppers": {
    title: "Učenje od sličnih kupaca",
    description:
      "Vaša aktivnost, objedinjena s aktivnošću najmanje četiri druga kupca, pomaže drugima, a njihova vama.",
  },
  "personalization.context": {
    title: "Preporuke prema vašem kontekstu",
    description: "Upotrebljava vrstu uređaja, doba dana i približnu lokaciju (državu ili regiju).",
  },
  "marketing.email": {
    title: "Marketinške e-poruke",
    description: "Šalje vam ponude e-poštom, odabrane prema vašim kupnjama.",
  },
  "advertising.cross-context": {
    title: "Oglasi na drugim stranicama",
    description: "Dijeli vašu aktivnost s oglašivačkim partnerima kako bi vam prikazivali oglase drugdje.",
  },
  analytics: {
    title: "Analitika",
    description:
      "Broji kako se upotrebljavaju trgovina i njezine preporuke, kako bi se mjerile i poboljšavale.",
  },
  sensitive: {
    title: "Osjetljivi proizvodi (izričita privola)",
    description: "Omogućuje da pregledi osjetljivih proizvoda, poput ljekarničkih, oblikuju vaše preporuke.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Košarica",
  "candor:ConsentRecord": "Vaše postavke privatnosti",
  "pd:BrowsingBehavior": "Pregledani proizvodi i stranice",
  "pd:SearchHistory": "Pretraživanja",
  "pd:Purchase": "Kupnje",
  "pd:Rating": "Ocjene",
  "pd:DeviceBased": "Vrsta uređaja",
  "pd:Location": "Približna lokacija",
  "candor:TimeOfDay": "Doba dana",
  "pd:EmailAddress": "Adresa e-pošte",
  "pd:Health": "Podaci koji se odnose na zdravlje",
  "pd:Religion": "Vjerska ili filozofska uvjerenja",
  "pd:Sexuality": "Spolni život ili seksualna orijentacija",
  "pd:PoliticalOpinion": "Politička mišljenja",
  "pd:EthnicOrigin": "Rasno ili etničko podrijetlo",
  "pd:Biometric": "Biometrijski podaci",
  "pd:Age": "Dob",
  "pd:Genetic": "Genetski podaci",
  "pd:TradeUnionMembership": "Članstvo u sindikatu",
  "candor:UnclassifiedSpecialCategory": "Druga posebna kategorija osobnih podataka",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Dopusti „Videos”`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Sadržaj s ${host} blokiran je dok ne dopustite „${purposes}”.`,
  allow: (purposes) => `Dopusti „${purposes}”`,
};
