/** Romanian texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Romanian (română). */
export const ro: DefaultPurposeTexts = {
  essential: {
    title: "Esențial",
    description:
      "Asigură funcționarea coșului, a finalizării comenzii și a opțiunilor dvs. de confidențialitate. Mereu activ.",
  },
  "personalization.browsing": {
    title: "Recomandări pe baza a ceea ce vizualizați",
    description:
      "Folosește produsele și paginile pe care le vizualizați aici și căutările dvs. pentru a vă sugera produse.",
  },
  "personalization.purchases": {
    title: "Recomandări pe baza cumpărăturilor dvs.",
    description: "Folosește ce ați cumpărat și evaluat aici pentru a vă sugera produse.",
  },
  "personalization.similar-shoppers": {
    title: "Învățare de la clienți similari",
    description:
      "Activitatea dvs., agregată cu cea a cel puțin alți patru clienți, îi ajută pe alții, iar a lor vă ajută pe dvs.",
  },
  "personalization.context": {
    title: "Recomandări pe baza contextului dvs.",
    description: "Folosește tipul dispozitivului, ora din zi și locația aproximativă (țară sau regiune).",
  },
  "marketing.email": {
    title: "E-mailuri de marketing",
    description: "Vă trimite oferte prin e-mail, alese pe baza cumpărăturilor dvs.",
  },
  "advertising.cross-context": {
    title: "Reclame pe alte site-uri",
    description:
      "Partajează activitatea dvs. cu parteneri de publicitate pentru a vă afișa reclame în altă parte.",
  },
  analytics: {
    title: "Statistici",
    description:
      "Numără cum sunt folosite magazinul și recomandările sale, pentru a le măsura și îmbunătăți.",
  },
  sensitive: {
    title: "Produse sensibile (consimțământ explicit)",
    description:
      "Permite ca vizualizările produselor sensibile, cum ar fi cele de farmacie, să vă influențeze recomandările.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Coș",
  "candor:ConsentRecord": "Opțiunile dvs. de confidențialitate",
  "pd:BrowsingBehavior": "Produse și pagini vizualizate",
  "pd:SearchHistory": "Căutări",
  "pd:Purchase": "Cumpărături",
  "pd:Rating": "Evaluări",
  "pd:DeviceBased": "Tipul dispozitivului",
  "pd:Location": "Locație aproximativă",
  "candor:TimeOfDay": "Momentul zilei",
  "pd:EmailAddress": "Adresă de e-mail",
  "pd:Health": "Date privind sănătatea",
  "pd:Religion": "Confesiunea religioasă sau convingerile filozofice",
  "pd:Sexuality": "Viața sexuală sau orientarea sexuală",
  "pd:PoliticalOpinion": "Opinii politice",
  "pd:EthnicOrigin": "Originea rasială sau etnică",
  "pd:Biometric": "Date biometrice",
  "pd:Age": "Vârstă",
  "pd:Genetic": "Date genetice",
  "pd:TradeUnionMembership": "Apartenența la sindicate",
  "candor:UnclassifiedSpecialCategory": "Altă categorie specială de date cu caracter personal",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Permiteți „Videos”`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Conținutul de la ${host} este blocat până când permiteți „${purposes}”.`,
  allow: (purposes) => `Permiteți „${purposes}”`,
};
