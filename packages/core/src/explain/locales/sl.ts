/** Slovenian explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Slovenian (slovenščina). */
export const sl: ExplainLocale = {
  locale: "sl",
  templates: {
    "because-viewed": "Ker ste si ogledali izdelek {item}",
    "because-bought": "Ker ste kupili izdelek {item}",
    "because-rated": "Ker ste ocenili izdelek {item}",
    "because-searched": "Ker ste iskali »{value}«",
    "also-bought": "Kupci, ki so kupili izdelek {item}, so kupili tudi tega",
    "similar-to": "Podobno kot {item}",
    session: "Povezano z izdelkom {item}, ki ste si ga pravkar ogledali",
    interest: "Ustreza vašemu zanimanju za kategorijo {category}",
    "popular-in": "Ta teden priljubljeno v kategoriji {category}",
    "popular-now": "Trenutno priljubljeno; dokler se ne odločite, se ne uporabljajo nobeni osebni podatki",
    "popular-now-holdout":
      "Trenutno priljubljeno: ste v primerjalni skupini, ki nekaj časa vidi neprilagojene predloge",
    "popular-now-not-personalized":
      "To vidite, ker ste izbrali, da ne želite prilagajanja: trenutno je priljubljeno",
    "context-device": "Priljubljeno med kupci {value}",
    "context-daypart": "Priljubljeno {value}",
    "context-region": "Priljubljeno v vaši regiji ({value})",
    editorial: "Izbrala naša ekipa",
    "other-activity":
      "Na podlagi druge dejavnosti, ki ste jo dovolili (ni navedena, da se zaščitijo občutljivi podatki)",
    variety: "Dodano za raznolikost: zunaj vaših običajnih kategorij",
    "provider-fairness": "Od neodvisnega prodajalca, za pošten izbor",
    exploration: "Nekaj novega, kar preizkušamo za vas",
    calibration: "Ohranja izbor blizu vašim interesom",
    "long-tail": "Manj znan predlog, da priljubljeni izdelki ne izrinejo drugih",
    reranked: "Premaknjeno zaradi uravnoteženosti",
  },
  controls: {
    dontUse: "Ne uporabi izdelka {item}",
    notInterested: "Ne zanima me",
    turnOff: "Izklopi: {value}",
    variety: "Spremeni raznolikost",
    notPersonalized: "Pokaži neprilagojena priporočila",
  },
  whyNot: {
    shown: "Prikazan je na mestu {rank}.",
    "unknown-item": "Tega izdelka ne poznamo.",
    filtered: "Izločen je s filtrom: {reason}",
    bought: "Ta izdelek ste že kupili.",
    "not-interested": "Navedli ste, da vas ne zanima.",
    excluded: "Je že v vaši košarici ali na tej strani.",
    constraint: "Ne ustreza izbranim filtrom.",
    outranked: "Drugi izdelki so dosegli višjo oceno: ta {score}, zadnji prikazani ({by}) {cutoff}.",
    "data-not-allowed": "Nekaterih vaših podatkov ni dovoljeno uporabiti za priporočila: {categories}.",
  },
  device: {
    mobile: "na mobilnih napravah",
    desktop: "na računalniku",
    tablet: "na tablici",
  },
  daypart: {
    night: "ponoči",
    morning: "zjutraj",
    afternoon: "popoldne",
    evening: "zvečer",
  },
};
