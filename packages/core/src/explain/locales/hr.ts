/** Croatian explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Croatian (hrvatski). */
export const hr: ExplainLocale = {
  locale: "hr",
  templates: {
    "because-viewed": "Jer ste pregledali proizvod {item}",
    "because-bought": "Jer ste kupili proizvod {item}",
    "because-rated": "Jer ste ocijenili proizvod {item}",
    "because-searched": "Jer ste tražili „{value}”",
    "also-bought": "Kupci koji su kupili proizvod {item} kupili su i ovo",
    "similar-to": "Slično proizvodu {item}",
    session: "Povezano s proizvodom {item}, koji ste upravo pregledali",
    interest: "Odgovara vašem zanimanju za kategoriju {category}",
    "popular-in": "Ovaj tjedan popularno u kategoriji {category}",
    "popular-now": "Trenutačno popularno; dok ne odaberete, ne upotrebljavaju se nikakvi osobni podaci",
    "popular-now-holdout":
      "Trenutačno popularno: u usporednoj ste skupini koja neko vrijeme vidi neprilagođene prijedloge",
    "popular-now-not-personalized":
      "Ovo vidite jer ste odabrali neprilagođene preporuke: trenutačno je popularno",
    "context-device": "Popularno među kupcima {value}",
    "context-daypart": "Popularno {value}",
    "context-region": "Popularno u vašoj regiji ({value})",
    editorial: "Odabrao naš tim",
    "other-activity":
      "Na temelju druge aktivnosti koju ste dopustili (nije navedena radi zaštite osjetljivih podataka)",
    variety: "Dodano radi raznolikosti: izvan vaših uobičajenih kategorija",
    "provider-fairness": "Od neovisnog prodavača, radi poštenog izbora",
    exploration: "Nešto novo što isprobavamo za vas",
    calibration: "Održava izbor blizu vaših interesa",
    "long-tail": "Manje poznat prijedlog, kako popularni proizvodi ne bi potisnuli ostale",
    reranked: "Premješteno radi uravnoteženosti",
  },
  controls: {
    dontUse: "Ne upotrebljavaj proizvod {item}",
    notInterested: "Ne zanima me",
    turnOff: "Isključi: {value}",
    variety: "Promijeni raznolikost",
    notPersonalized: "Prikaži neprilagođene preporuke",
  },
  whyNot: {
    shown: "Prikazan je na mjestu {rank}.",
    "unknown-item": "Ne poznajemo ovaj proizvod.",
    filtered: "Uklonjen je filtrom: {reason}",
    bought: "Već ste ga kupili.",
    "not-interested": "Naveli ste da vas ne zanima.",
    excluded: "Već je u vašoj košarici ili na ovoj stranici.",
    constraint: "Ne odgovara filtrima koje ste odabrali.",
    outranked:
      "Drugi proizvodi postigli su viši rezultat: ovaj {score}, posljednji prikazani ({by}) {cutoff}.",
    "data-not-allowed": "Neki se vaši podaci ne smiju upotrebljavati za preporuke: {categories}.",
  },
  device: {
    mobile: "na mobilnim uređajima",
    desktop: "na računalu",
    tablet: "na tabletu",
  },
  daypart: {
    night: "noću",
    morning: "ujutro",
    afternoon: "poslijepodne",
    evening: "navečer",
  },
};
