/** Finnish explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Finnish (suomi). */
export const fi: ExplainLocale = {
  locale: "fi",
  templates: {
    "because-viewed": "Koska katsoit tuotetta {item}",
    "because-bought": "Koska ostit tuotteen {item}",
    "because-rated": "Koska arvioit tuotteen {item}",
    "because-searched": "Koska hait ”{value}”",
    "also-bought": "Tuotteen {item} ostaneet ostivat myös tämän",
    "similar-to": "Samankaltainen kuin {item}",
    session: "Liittyy tuotteeseen {item}, jota katsoit juuri",
    interest: "Vastaa kiinnostustasi kategoriaan {category}",
    "popular-in": "Suosittu tällä viikolla kategoriassa {category}",
    "popular-now": "Suosittu juuri nyt; henkilötietoja ei käytetä ennen kuin teet valintasi",
    "popular-now-holdout":
      "Suosittu juuri nyt: olet vertailuryhmässä, joka näkee jonkin aikaa personoimattomia ehdotuksia",
    "popular-now-not-personalized":
      "Näet tämän, koska valitsit, ettei suosituksia personoida: tämä on suosittu juuri nyt",
    "context-device": "Suosittu {value}",
    "context-daypart": "Suosittu {value}",
    "context-region": "Suosittu alueellasi ({value})",
    editorial: "Tiimimme valinta",
    "other-activity":
      "Perustuu muuhun sallimaasi toimintaan (ei nimetty arkaluonteisten tietojen suojaamiseksi)",
    variety: "Lisätty vaihtelun vuoksi: tavallisten kategorioidesi ulkopuolelta",
    "provider-fairness": "Riippumattomalta myyjältä, reilun valikoiman vuoksi",
    exploration: "Jotain uutta, jota kokeilemme sinulle",
    calibration: "Pitää valikoiman lähellä kiinnostuksen kohteitasi",
    "long-tail": "Vähemmän tunnettu valinta, jotta suositut tuotteet eivät syrjäytä muita",
    reranked: "Siirretty tasapainon vuoksi",
  },
  controls: {
    dontUse: "Älä käytä tuotetta {item}",
    notInterested: "Ei kiinnosta",
    turnOff: "Poista käytöstä: {value}",
    variety: "Muuta vaihtelua",
    notPersonalized: "Näytä personoimattomia suosituksia",
  },
  whyNot: {
    shown: "Se näytetään sijalla {rank}.",
    "unknown-item": "Emme tunne tätä tuotetta.",
    filtered: "Se on suodatettu pois: {reason}",
    bought: "Olet jo ostanut sen.",
    "not-interested": "Kerroit, ettei se kiinnosta sinua.",
    excluded: "Se on jo ostoskorissasi tai tällä sivulla.",
    constraint: "Se ei vastaa valitsemiasi suodattimia.",
    outranked:
      "Muut tuotteet saivat paremmat pisteet: tämä sai {score}, viimeisenä näytetty ({by}) {cutoff}.",
    "data-not-allowed": "Joitakin tietojasi ei saa käyttää suosituksiin: {categories}.",
  },
  device: {
    mobile: "mobiililaitteiden käyttäjien keskuudessa",
    desktop: "tietokoneen käyttäjien keskuudessa",
    tablet: "tablettien käyttäjien keskuudessa",
  },
  daypart: {
    night: "öisin",
    morning: "aamuisin",
    afternoon: "iltapäivisin",
    evening: "iltaisin",
  },
};
