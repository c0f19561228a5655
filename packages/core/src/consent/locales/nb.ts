/** Norwegian Bokmål texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Norwegian Bokmål (norsk bokmål). */
export const nb: DefaultPurposeTexts = {
  essential: {
    title: "Nødvendige",
    description: "Holder handlekurven, kassen og personvernvalgene dine i gang. Alltid på.",
  },
  "personalization.browsing": {
    title: "Anbefalinger basert på det du ser på",
    description: "Bruker produktene og sidene du ser på her, og søkene dine, til å foreslå produkter.",
  },
  "personalization.purchases": {
    title: "Anbefalinger basert på kjøpene dine",
    description: "Bruker det du har kjøpt og vurdert her, til å foreslå produkter.",
  },
  "personalization.similar-shoppers": {
    title: "Lær av lignende kunder",
    description: "Aktiviteten din, samlet med minst fire andre kunders, hjelper andre, og deres hjelper deg.",
  },
  "personalization.context": {
    title: "Anbefalinger basert på konteksten din",
    description: "Bruker enhetstype, tid på døgnet og omtrentlig posisjon (land eller region).",
  },
  "marketing.email": {
    title: "Markedsførings-e-post",
    description: "Sender deg tilbud på e-post, valgt ut fra kjøpene dine.",
  },
  "advertising.cross-context": {
    title: "Annonser på andre nettsteder",
    description: "Deler aktiviteten din med annonsepartnere for å vise deg annonser andre steder.",
  },
  analytics: {
    title: "Statistikk",
    description: "Teller hvordan butikken og anbefalingene brukes, for å måle og forbedre dem.",
  },
  sensitive: {
    title: "Sensitive produkter (uttrykkelig samtykke)",
    description:
      "Lar visninger av sensitive produkter, for eksempel apotekvarer, påvirke anbefalingene dine.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Handlekurv",
  "candor:ConsentRecord": "Personvernvalgene dine",
  "pd:BrowsingBehavior": "Viste produkter og sider",
  "pd:SearchHistory": "Søk",
  "pd:Purchase": "Kjøp",
  "pd:Rating": "Vurderinger",
  "pd:DeviceBased": "Enhetstype",
  "pd:Location": "Omtrentlig posisjon",
  "candor:TimeOfDay": "Tid på døgnet",
  "pd:EmailAddress": "E-postadresse",
  "pd:Health": "Helseopplysninger",
  "pd:Religion": "Religiøs eller filosofisk overbevisning",
  "pd:Sexuality": "Seksuelle forhold eller seksuell orientering",
  "pd:PoliticalOpinion": "Politisk oppfatning",
  "pd:EthnicOrigin": "Rasemessig eller etnisk opprinnelse",
  "pd:Biometric": "Biometriske opplysninger",
  "pd:Age": "Alder",
  "pd:Genetic": "Genetiske opplysninger",
  "pd:TradeUnionMembership": "Fagforeningsmedlemskap",
  "candor:UnclassifiedSpecialCategory": "Annen særlig kategori av personopplysninger",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Tillat «Videos»`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Innhold fra ${host} er blokkert til du tillater «${purposes}».`,
  allow: (purposes) => `Tillat «${purposes}»`,
};
