/** Estonian explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Estonian (eesti). */
export const et: ExplainLocale = {
  locale: "et",
  templates: {
    "because-viewed": "Kuna vaatasite toodet {item}",
    "because-bought": "Kuna ostsite toote {item}",
    "because-rated": "Kuna hindasite toodet {item}",
    "because-searched": "Kuna otsisite „{value}“",
    "also-bought": "Toote {item} ostjad ostsid ka seda",
    "similar-to": "Sarnane tootega {item}",
    session: "Seotud tootega {item}, mida just vaatasite",
    interest: "Vastab teie huvile kategooria {category} vastu",
    "popular-in": "Sel nädalal populaarne kategoorias {category}",
    "popular-now": "Praegu populaarne; enne teie valikut isikuandmeid ei kasutata",
    "popular-now-holdout":
      "Praegu populaarne: olete võrdlusrühmas, kes näeb mõnda aega isikupärastamata soovitusi",
    "popular-now-not-personalized":
      "Näete seda, sest valisite isikupärastamisest loobumise: see on praegu populaarne",
    "context-device": "Populaarne {value}",
    "context-daypart": "Populaarne {value}",
    "context-region": "Populaarne teie piirkonnas ({value})",
    editorial: "Meie meeskonna valik",
    "other-activity": "Muu teie lubatud tegevuse põhjal (nimetamata, et kaitsta tundlikke andmeid)",
    variety: "Lisatud vahelduse pärast: väljaspool teie tavapäraseid kategooriaid",
    "provider-fairness": "Sõltumatult müüjalt, õiglase valiku nimel",
    exploration: "Midagi uut, mida teile proovime",
    calibration: "Hoiab valiku teie huvide lähedal",
    "long-tail": "Vähem tuntud valik, et populaarsed tooted ülejäänuid välja ei tõrjuks",
    reranked: "Tasakaalu huvides ümber paigutatud",
  },
  controls: {
    dontUse: "Ära kasuta toodet {item}",
    notInterested: "Ei huvita",
    turnOff: "Lülita välja: {value}",
    variety: "Muuda vaheldust",
    notPersonalized: "Näita isikupärastamata soovitusi",
  },
  whyNot: {
    shown: "Seda näidatakse kohal {rank}.",
    "unknown-item": "Me ei tunne seda toodet.",
    filtered: "See on välja filtreeritud: {reason}",
    bought: "Olete selle juba ostnud.",
    "not-interested": "Märkisite, et see teid ei huvita.",
    excluded: "See on juba teie ostukorvis või sellel lehel.",
    constraint: "See ei vasta valitud filtritele.",
    outranked: "Teised tooted said kõrgema skoori: see sai {score}, viimane näidatud ({by}) {cutoff}.",
    "data-not-allowed": "Mõnda teie andmeid ei tohi soovituste jaoks kasutada: {categories}.",
  },
  device: {
    mobile: "mobiiliseadme kasutajate seas",
    desktop: "arvuti kasutajate seas",
    tablet: "tahvelarvuti kasutajate seas",
  },
  daypart: {
    night: "öösiti",
    morning: "hommikuti",
    afternoon: "pärastlõunati",
    evening: "õhtuti",
  },
};
