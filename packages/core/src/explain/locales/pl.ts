/** Polish explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Polish (polski). */
export const pl: ExplainLocale = {
  locale: "pl",
  templates: {
    "because-viewed": "Na podstawie oglądanego przez Ciebie produktu {item}",
    "because-bought": "Na podstawie kupionego przez Ciebie produktu {item}",
    "because-rated": "Na podstawie ocenionego przez Ciebie produktu {item}",
    "because-searched": "Na podstawie Twojego wyszukiwania „{value}”",
    "also-bought": "Klienci, którzy kupili {item}, kupili też ten produkt",
    "similar-to": "Podobne do: {item}",
    session: "Powiązane z produktem {item}, oglądanym przed chwilą",
    interest: "Pasuje do Twoich zainteresowań: {category}",
    "popular-in": "Popularne w tym tygodniu w kategorii {category}",
    "popular-now": "Popularne teraz; do czasu Twojego wyboru nie są wykorzystywane żadne dane osobowe",
    "popular-now-holdout":
      "Popularne teraz: jesteś w grupie porównawczej, która przez pewien czas widzi niespersonalizowane propozycje",
    "popular-now-not-personalized":
      "Widzisz to, bo zgodnie z Twoim wyborem personalizacja jest wyłączona: to jest teraz popularne",
    "context-device": "Popularne wśród klientów {value}",
    "context-daypart": "Popularne {value}",
    "context-region": "Popularne w Twoim regionie ({value})",
    editorial: "Wybrane przez nasz zespół",
    "other-activity":
      "Na podstawie innej aktywności, na którą pozwalasz (bez szczegółów, aby chronić dane wrażliwe)",
    variety: "Dodane dla urozmaicenia: spoza Twoich zwykłych kategorii",
    "provider-fairness": "Od niezależnego sprzedawcy, dla uczciwego wyboru",
    exploration: "Coś nowego, co dla Ciebie testujemy",
    calibration: "Utrzymuje dobór blisko Twoich zainteresowań",
    "long-tail": "Mniej znana propozycja, aby popularne produkty nie przysłoniły reszty",
    reranked: "Przesunięte dla zachowania równowagi",
  },
  controls: {
    dontUse: "Nie używaj produktu {item}",
    notInterested: "Nie interesuje mnie to",
    turnOff: "Wyłącz: {value}",
    variety: "Zmień urozmaicenie",
    notPersonalized: "Pokaż niespersonalizowane rekomendacje",
  },
  whyNot: {
    shown: "Jest wyświetlany na pozycji {rank}.",
    "unknown-item": "Nie znamy tego produktu.",
    filtered: "Został odfiltrowany: {reason}",
    bought: "Ten produkt został już przez Ciebie kupiony.",
    "not-interested": "Wskazano, że ten produkt Cię nie interesuje.",
    excluded: "Jest już w Twoim koszyku lub na tej stronie.",
    constraint: "Nie pasuje do wybranych filtrów.",
    outranked:
      "Inne produkty uzyskały wyższy wynik: ten uzyskał {score}, ostatni wyświetlony ({by}) {cutoff}.",
    "data-not-allowed": "Niektóre Twoje dane nie mogą być wykorzystywane do rekomendacji: {categories}.",
  },
  device: {
    mobile: "na urządzeniach mobilnych",
    desktop: "na komputerach",
    tablet: "na tabletach",
  },
  daypart: {
    night: "w nocy",
    morning: "rano",
    afternoon: "po południu",
    evening: "wieczorem",
  },
};
