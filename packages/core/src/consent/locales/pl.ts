/** Polish texts of the default purposes. */
import type { PlaceholderLabels } from "../../gating/placeholder.ts";
import type { DataCategoryNames, DefaultPurposeTexts } from "../purpose-translations.ts";

/** Polish (polski). */
export const pl: DefaultPurposeTexts = {
  essential: {
    title: "Niezbędne",
    description:
      "Zapewnia działanie koszyka, składania zamówienia i Twoich ustawień prywatności. Zawsze włączone.",
  },
  "personalization.browsing": {
    title: "Rekomendacje na podstawie oglądanych produktów",
    description:
      "Wykorzystuje oglądane tu produkty i strony oraz Twoje wyszukiwania, aby proponować produkty.",
  },
  "personalization.purchases": {
    title: "Rekomendacje na podstawie Twoich zakupów",
    description: "Wykorzystuje to, co tu kupujesz i oceniasz, aby proponować produkty.",
  },
  "personalization.similar-shoppers": {
    title: "Uczenie się od podobnych klientów",
    description:
      "Twoja aktywność, zagregowana z aktywnością co najmniej czterech innych klientów, pomaga innym, a ich aktywność pomaga Tobie.",
  },
  "personalization.context": {
    title: "Rekomendacje na podstawie Twojego kontekstu",
    description: "Wykorzystuje typ urządzenia, porę dnia i przybliżoną lokalizację (kraj lub region).",
  },
  "marketing.email": {
    title: "E-maile marketingowe",
    description: "Wysyła Ci oferty e-mailem, dobrane na podstawie Twoich zakupów.",
  },
  "advertising.cross-context": {
    title: "Reklamy w innych witrynach",
    description:
      "Udostępnia Twoją aktywność partnerom reklamowym, aby wyświetlać Ci reklamy w innych miejscach.",
  },
  analytics: {
    title: "Statystyki",
    description: "Zlicza, jak korzysta się ze sklepu i jego rekomendacji, aby je mierzyć i ulepszać.",
  },
  sensitive: {
    title: "Produkty wrażliwe (wyraźna zgoda)",
    description: "Pozwala, aby oglądane produkty wrażliwe, np. z apteki, wpływały na Twoje rekomendacje.",
  },
};

/** Names of the default purposes' data categories, e.g. for `explainWhyNot`'s `categoryName` and the UI. */
export const categoryNames: DataCategoryNames = {
  "candor:Cart": "Koszyk",
  "candor:ConsentRecord": "Twoje ustawienia prywatności",
  "pd:BrowsingBehavior": "Oglądane produkty i strony",
  "pd:SearchHistory": "Wyszukiwania",
  "pd:Purchase": "Zakupy",
  "pd:Rating": "Oceny",
  "pd:DeviceBased": "Typ urządzenia",
  "pd:Location": "Przybliżona lokalizacja",
  "candor:TimeOfDay": "Pora dnia",
  "pd:EmailAddress": "Adres e-mail",
  "pd:Health": "Dane dotyczące zdrowia",
  "pd:Religion": "Przekonania religijne lub światopoglądowe",
  "pd:Sexuality": "Seksualność lub orientacja seksualna",
  "pd:PoliticalOpinion": "Poglądy polityczne",
  "pd:EthnicOrigin": "Pochodzenie rasowe lub etniczne",
  "pd:Biometric": "Dane biometryczne",
  "pd:Age": "Wiek",
  "pd:Genetic": "Dane genetyczne",
  "pd:TradeUnionMembership": "Przynależność do związków zawodowych",
  "candor:UnclassifiedSpecialCategory": "Inna szczególna kategoria danych osobowych",
};

/** The placeholder of a blocked embed (`createGate`'s `labels`), e.g. `Zezwól na „Videos”`. */
export const placeholderLabels: PlaceholderLabels = {
  blocked: (purposes, host) => `Treści z ${host} są zablokowane, dopóki nie zezwolisz na „${purposes}”.`,
  allow: (purposes) => `Zezwól na „${purposes}”`,
};
