/** Finnish texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Finnish (suomi). */
export const fi: DefaultPurposeTexts = {
  essential: {
    title: "Välttämättömät",
    description: "Pitää ostoskorin, kassan ja tietosuojavalintasi toiminnassa. Aina käytössä.",
  },
  "personalization.browsing": {
    title: "Suositukset katselemasi perusteella",
    description: "Käyttää täällä katselemiasi tuotteita ja sivuja sekä hakujasi tuotteiden ehdottamiseen.",
  },
  "personalization.purchases": {
    title: "Suositukset ostostesi perusteella",
    description: "Käyttää täällä ostamiasi ja arvioimiasi tuotteita tuotteiden ehdottamiseen.",
  },
  "personalization.similar-shoppers": {
    title: "Opi samankaltaisilta asiakkailta",
    description:
      "Toimintasi, yhdistettynä vähintään neljän muun asiakkaan toimintaan, auttaa muita, ja heidän toimintansa auttaa sinua.",
  },
  "personalization.context": {
    title: "Suositukset tilanteesi perusteella",
    description: "Käyttää laitetyyppiä, kellonaikaa ja likimääräistä sijaintia (maa tai alue).",
  },
  "marketing.email": {
    title: "Markkinointisähköpostit",
    description: "Lähettää sinulle tarjouksia sähköpostilla ostostesi perusteella valittuina.",
  },
  "advertising.cross-context": {
    title: "Mainokset muilla sivustoilla",
    description: "Jakaa toimintasi mainoskumppaneille, jotta sinulle voidaan näyttää mainoksia muualla.",
  },
  analytics: {
    title: "Analytiikka",
    description:
      "Laskee, miten kauppaa ja sen suosituksia käytetään, niiden mittaamiseksi ja parantamiseksi.",
  },
  sensitive: {
    title: "Arkaluonteiset tuotteet (nimenomainen suostumus)",
    description:
      "Sallii arkaluonteisten tuotteiden, kuten apteekkituotteiden, katselun vaikuttaa suosituksiisi.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Ostoskori",
  "candor:ConsentRecord": "Tietosuojavalintasi",
  "pd:BrowsingBehavior": "Katsellut tuotteet ja sivut",
  "pd:SearchHistory": "Haut",
  "pd:Purchase": "Ostokset",
  "pd:Rating": "Arviot",
  "pd:DeviceBased": "Laitetyyppi",
  "pd:Location": "Likimääräinen sijainti",
  "candor:TimeOfDay": "Kellonaika",
  "pd:EmailAddress": "Sähköpostiosoite",
  "pd:Health": "Terveyttä koskevat tiedot",
  "pd:Religion": "Uskonnollinen tai filosofinen vakaumus",
  "pd:Sexuality": "Seksuaalinen käyttäytyminen tai suuntautuminen",
  "pd:PoliticalOpinion": "Poliittiset mielipiteet",
  "pd:EthnicOrigin": "Rotu tai etninen alkuperä",
  "pd:Biometric": "Biometriset tiedot",
  "pd:Age": "Ikä",
  "pd:Genetic": "Geneettiset tiedot",
  "pd:TradeUnionMembership": "Ammattiliiton jäsenyys",
  "candor:UnclassifiedSpecialCategory": "Muu henkilötietojen erityinen ryhmä",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Salli ”Videos”`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Sisältö sivustolta ${host} on estetty, kunnes sallit kohteen ”${purposes}”.`,
  allow: (purposes) => `Salli ”${purposes}”`,
};
