/** Latvian explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Latvian (latviešu). */
export const lv: ExplainLocale = {
  locale: "lv",
  templates: {
    "because-viewed": "Jo apskatījāt preci {item}",
    "because-bought": "Jo iegādājāties preci {item}",
    "because-rated": "Jo novērtējāt preci {item}",
    "because-searched": "Jo meklējāt “{value}”",
    "also-bought": "Pircēji, kas iegādājās preci {item}, iegādājās arī šo",
    "similar-to": "Līdzīgs precei {item}",
    session: "Saistīts ar preci {item}, ko tikko apskatījāt",
    interest: "Atbilst jūsu interesei par kategoriju {category}",
    "popular-in": "Šonedēļ populārs kategorijā {category}",
    "popular-now": "Populārs tieši tagad; līdz jūsu izvēlei netiek izmantoti nekādi personas dati",
    "popular-now-holdout":
      "Populārs tieši tagad: jūs esat salīdzinājuma grupā, kas kādu laiku redz nepersonalizētus piedāvājumus",
    "popular-now-not-personalized":
      "Jūs to redzat, jo izvēlējāties bez personalizācijas: tas tieši tagad ir populārs",
    "context-device": "Populārs pircēju vidū {value}",
    "context-daypart": "Populārs {value}",
    "context-region": "Populārs jūsu reģionā ({value})",
    editorial: "Mūsu komandas izvēle",
    "other-activity":
      "Pamatojoties uz citām jūsu atļautām darbībām (nav norādītas, lai aizsargātu sensitīvus datus)",
    variety: "Pievienots daudzveidībai: ārpus jūsu ierastajām kategorijām",
    "provider-fairness": "No neatkarīga pārdevēja, lai izvēle būtu godīga",
    exploration: "Kaut kas jauns, ko jums izmēģinām",
    calibration: "Uztur izvēli tuvu jūsu interesēm",
    "long-tail": "Mazāk zināms piedāvājums, lai populāras preces neaizēnotu pārējās",
    reranked: "Pārvietots līdzsvara dēļ",
  },
  controls: {
    dontUse: "Neizmantot preci {item}",
    notInterested: "Neinteresē",
    turnOff: "Izslēgt: {value}",
    variety: "Mainīt daudzveidību",
    notPersonalized: "Rādīt nepersonalizētus ieteikumus",
  },
  whyNot: {
    shown: "Tā tiek rādīta {rank}. vietā.",
    "unknown-item": "Šī prece mums nav zināma.",
    filtered: "Tā ir izfiltrēta: {reason}",
    bought: "Jūs to jau iegādājāties.",
    "not-interested": "Norādījāt, ka tā jūs neinteresē.",
    excluded: "Tā jau ir jūsu grozā vai šajā lapā.",
    constraint: "Tā neatbilst jūsu izvēlētajiem filtriem.",
    outranked: "Citas preces ieguva vairāk punktu: šī {score}, pēdējā rādītā ({by}) {cutoff}.",
    "data-not-allowed": "Dažus jūsu datus nedrīkst izmantot ieteikumiem: {categories}.",
  },
  device: {
    mobile: "mobilajās ierīcēs",
    desktop: "datoros",
    tablet: "planšetdatoros",
  },
  daypart: {
    night: "naktī",
    morning: "no rīta",
    afternoon: "pēcpusdienā",
    evening: "vakarā",
  },
};
