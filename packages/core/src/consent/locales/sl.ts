/** Slovenian texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Slovenian (slovenščina). */
export const sl: DefaultPurposeTexts = {
  essential: {
    title: "Nujno",
    description:
      "Skrbi za delovanje košarice, zaključka nakupa in vaših izbir glede zasebnosti. Vedno vklopljeno.",
  },
  "personalization.browsing": {
    title: "Priporočila glede na to, kar si ogledujete",
    description:
      "Uporablja izdelke in strani, ki si jih tukaj ogledujete, ter vaša iskanja za predlaganje izdelkov.",
  },
  "personalization.purchases": {
    title: "Priporočila glede na vaše nakupe",
    description: "Uporablja, kar ste tukaj kupili in ocenili, za predlaganje izdelkov.",
  },
  "personalization.similar-shoppers": {
    title: "Učenje od podobnih kupcev",
    description:
      "Vaša dejavnost, združena z dejavnostjo vsaj štirih drugih kupcev, pomaga drugim, njihova pa vam.",
  },
  "personalization.context": {
    title: "Priporočila glede na vaš kontekst",
    description: "Uporablja vrsto naprave, čas dneva in približno lokacijo (državo ali regijo).",
  },
  "marketing.email": {
    title: "Trženjska e-sporočila",
    description: "Pošilja vam ponudbe po e-pošti, izbrane glede na vaše nakupe.",
  },
  "advertising.cross-context": {
    title: "Oglasi na drugih spletnih mestih",
    description: "Deli vašo dejavnost z oglaševalskimi partnerji, da vam lahko prikazujejo oglase drugje.",
  },
  analytics: {
    title: "Analitika",
    description:
      "Šteje, kako se uporabljajo trgovina in njena priporočila, da jih lahko merimo in izboljšujemo.",
  },
  sensitive: {
    title: "Občutljivi izdelki (izrecna privolitev)",
    description:
      "Dovoli, da ogledi občutljivih izdelkov, kot so lekarniški izdelki, oblikujejo vaša priporočila.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Košarica",
  "candor:ConsentRecord": "Vaše izbire glede zasebnosti",
  "pd:BrowsingBehavior": "Ogledani izdelki in strani",
  "pd:SearchHistory": "Iskanja",
  "pd:Purchase": "Nakupi",
  "pd:Rating": "Ocene",
  "pd:DeviceBased": "Vrsta naprave",
  "pd:Location": "Približna lokacija",
  "candor:TimeOfDay": "Čas dneva",
  "pd:EmailAddress": "E-poštni naslov",
  "pd:Health": "Podatki v zvezi z zdravjem",
  "pd:Religion": "Versko ali filozofsko prepričanje",
  "pd:Sexuality": "Spolno življenje ali spolna usmerjenost",
  "pd:PoliticalOpinion": "Politično mnenje",
  "pd:EthnicOrigin": "Rasno ali etnično poreklo",
  "pd:Biometric": "Biometrični podatki",
  "pd:Age": "Starost",
  "pd:Genetic": "Genetski podatki",
  "pd:TradeUnionMembership": "Članstvo v sindikatu",
  "candor:UnclassifiedSpecialCategory": "Druga posebna vrsta osebnih podatkov",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Dovoli »Videos«`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Vsebina s ${host} je blokirana, dokler ne dovolite »${purposes}«.`,
  allow: (purposes) => `Dovoli »${purposes}«`,
};
