/** Romanian explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Romanian (română). */
export const ro: ExplainLocale = {
  locale: "ro",
  templates: {
    "because-viewed": "Pentru că ați vizualizat {item}",
    "because-bought": "Pentru că ați cumpărat {item}",
    "because-rated": "Pentru că ați evaluat {item}",
    "because-searched": "Pentru că ați căutat „{value}”",
    "also-bought": "Clienții care au cumpărat {item} au cumpărat și acest produs",
    "similar-to": "Similar cu {item}",
    session: "Legat de produsul {item}, pe care tocmai l-ați vizualizat",
    interest: "Corespunde interesului dvs. pentru {category}",
    "popular-in": "Popular săptămâna aceasta în {category}",
    "popular-now": "Popular acum; nu se folosesc date cu caracter personal până nu alegeți",
    "popular-now-holdout":
      "Popular acum: faceți parte dintr-un grup de comparație care vede o vreme sugestii nepersonalizate",
    "popular-now-not-personalized":
      "Vedeți acest lucru pentru că ați ales să nu personalizați: este popular acum",
    "context-device": "Popular printre clienții {value}",
    "context-daypart": "Popular {value}",
    "context-region": "Popular în regiunea dvs. ({value})",
    editorial: "Ales de echipa noastră",
    "other-activity":
      "Pe baza altei activități permise de dvs. (nenumită, pentru a proteja datele sensibile)",
    variety: "Adăugat pentru varietate: în afara categoriilor dvs. obișnuite",
    "provider-fairness": "De la un vânzător independent, pentru o selecție echitabilă",
    exploration: "Ceva nou pe care îl încercăm pentru dvs.",
    calibration: "Menține selecția aproape de interesele dvs.",
    "long-tail": "O alegere mai puțin cunoscută, ca produsele populare să nu le eclipseze pe celelalte",
    reranked: "Mutat pentru echilibru",
  },
  controls: {
    dontUse: "Nu folosiți {item}",
    notInterested: "Nu mă interesează",
    turnOff: "Dezactivați: {value}",
    variety: "Schimbați varietatea",
    notPersonalized: "Afișați recomandări nepersonalizate",
  },
  whyNot: {
    shown: "Este afișat, pe poziția {rank}.",
    "unknown-item": "Nu cunoaștem acest produs.",
    filtered: "Este exclus de un filtru: {reason}",
    bought: "L-ați cumpărat deja.",
    "not-interested": "Ați indicat că nu vă interesează.",
    excluded: "Este deja în coșul dvs. sau pe această pagină.",
    constraint: "Nu corespunde filtrelor alese.",
    outranked: "Alte produse au obținut un scor mai mare: acesta {score}, ultimul afișat ({by}) {cutoff}.",
    "data-not-allowed": "Unele dintre datele dvs. nu pot fi folosite pentru recomandări: {categories}.",
  },
  device: {
    mobile: "de pe dispozitive mobile",
    desktop: "de pe computer",
    tablet: "de pe tabletă",
  },
  daypart: {
    night: "noaptea",
    morning: "dimineața",
    afternoon: "după-amiaza",
    evening: "seara",
  },
};
