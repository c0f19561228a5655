/** Lithuanian explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Lithuanian (lietuvių). */
export const lt: ExplainLocale = {
  locale: "lt",
  templates: {
    "because-viewed": "Nes peržiūrėjote prekę {item}",
    "because-bought": "Nes pirkote prekę {item}",
    "because-rated": "Nes įvertinote prekę {item}",
    "because-searched": "Nes ieškojote „{value}“",
    "also-bought": "Pirkėjai, pirkę prekę {item}, pirko ir šią",
    "similar-to": "Panaši į prekę {item}",
    session: "Susijusi su preke {item}, kurią ką tik peržiūrėjote",
    interest: "Atitinka jūsų susidomėjimą kategorija {category}",
    "popular-in": "Šią savaitę populiaru kategorijoje {category}",
    "popular-now": "Populiaru dabar; kol nepasirinksite, jokie asmens duomenys nenaudojami",
    "popular-now-holdout":
      "Populiaru dabar: esate palyginamojoje grupėje, kuri kurį laiką mato nepersonalizuotus pasiūlymus",
    "popular-now-not-personalized": "Matote tai, nes pasirinkote nepersonalizuoti: tai dabar populiaru",
    "context-device": "Populiaru tarp pirkėjų {value}",
    "context-daypart": "Populiaru {value}",
    "context-region": "Populiaru jūsų regione ({value})",
    editorial: "Atrinko mūsų komanda",
    "other-activity": "Pagal kitą jūsų leistą veiklą (neįvardijama, kad būtų apsaugoti jautrūs duomenys)",
    variety: "Pridėta įvairovei: už jūsų įprastų kategorijų ribų",
    "provider-fairness": "Iš nepriklausomo pardavėjo, kad pasirinkimas būtų sąžiningas",
    exploration: "Kažkas naujo, ką jums išbandome",
    calibration: "Išlaiko pasirinkimą artimą jūsų interesams",
    "long-tail": "Mažiau žinomas pasiūlymas, kad populiarios prekės neužgožtų kitų",
    reranked: "Perkelta dėl pusiausvyros",
  },
  controls: {
    dontUse: "Nenaudoti prekės {item}",
    notInterested: "Nedomina",
    turnOff: "Išjungti: {value}",
    variety: "Keisti įvairovę",
    notPersonalized: "Rodyti nepersonalizuotas rekomendacijas",
  },
  whyNot: {
    shown: "Ji rodoma, jos vieta – {rank}.",
    "unknown-item": "Šios prekės nežinome.",
    filtered: "Ji atfiltruota: {reason}",
    bought: "Jūs ją jau pirkote.",
    "not-interested": "Nurodėte, kad ji jūsų nedomina.",
    excluded: "Ji jau yra jūsų krepšelyje arba šiame puslapyje.",
    constraint: "Ji neatitinka jūsų pasirinktų filtrų.",
    outranked: "Kitos prekės surinko daugiau balų: ši {score}, paskutinė rodyta ({by}) {cutoff}.",
    "data-not-allowed": "Kai kurių jūsų duomenų negalima naudoti rekomendacijoms: {categories}.",
  },
  device: {
    mobile: "mobiliuosiuose įrenginiuose",
    desktop: "kompiuteriuose",
    tablet: "planšetėse",
  },
  daypart: {
    night: "naktį",
    morning: "rytą",
    afternoon: "po pietų",
    evening: "vakare",
  },
};
