/** Maltese explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Maltese (Malti). */
export const mt: ExplainLocale = {
  locale: "mt",
  templates: {
    "because-viewed": "Għax rajt {item}",
    "because-bought": "Għax xtrajt {item}",
    "because-rated": "Għax ivvalutajt {item}",
    "because-searched": "Għax fittixt “{value}”",
    "also-bought": "Il-klijenti li xtraw {item} xtraw ukoll dan",
    "similar-to": "Simili għal {item}",
    session: "Relatat ma' {item}, li għadek kif rajt",
    interest: "Jaqbel mal-interess tiegħek f'{category}",
    "popular-in": "Popolari f'{category} din il-ġimgħa",
    "popular-now": "Popolari bħalissa; l-ebda data personali ma tintuża sakemm tagħżel",
    "popular-now-holdout":
      "Popolari bħalissa: int fi grupp ta' paragun li għal xi żmien jara proposti mhux personalizzati",
    "popular-now-not-personalized":
      "Qed tara dan għax għażilt li ma jkunx hemm personalizzazzjoni: huwa popolari bħalissa",
    "context-device": "Popolari fost il-klijenti {value}",
    "context-daypart": "Popolari {value}",
    "context-region": "Popolari fir-reġjun tiegħek ({value})",
    editorial: "Magħżul mit-tim tagħna",
    "other-activity":
      "Ibbażat fuq attività oħra li ppermettejt (mhux imsemmija, biex tiġi protetta d-data sensittiva)",
    variety: "Miżjud għall-varjetà: barra l-kategoriji tas-soltu tiegħek",
    "provider-fairness": "Minn bejjiegħ indipendenti, biex l-għażla tkun ġusta",
    exploration: "Xi ħaġa ġdida li qed nippruvaw għalik",
    calibration: "Iżomm l-għażla qrib l-interessi tiegħek",
    "long-tail": "Għażla inqas magħrufa, biex l-oġġetti popolari ma jwarrbux il-bqija",
    reranked: "Imċaqlaq għall-bilanċ",
  },
  controls: {
    dontUse: "Tużax {item}",
    notInterested: "Ma jinteressanix",
    turnOff: "Itfi: {value}",
    variety: "Biddel il-varjetà",
    notPersonalized: "Urini rakkomandazzjonijiet mhux personalizzati",
  },
  whyNot: {
    shown: "Qed jidher, fil-pożizzjoni {rank}.",
    "unknown-item": "Ma nafux dan il-prodott.",
    filtered: "Ġie ffiltrat: {reason}",
    bought: "Diġà xtrajtu.",
    "not-interested": "Għidt li ma jinteressakx.",
    excluded: "Diġà qiegħed fil-basket tiegħek jew f'din il-paġna.",
    constraint: "Ma jaqbilx mal-filtri li għażilt.",
    outranked: "Prodotti oħra kisbu punteġġ ogħla: dan kiseb {score}, l-aħħar wieħed muri ({by}) {cutoff}.",
    "data-not-allowed": "Xi wħud mid-data tiegħek ma tistax tintuża għar-rakkomandazzjonijiet: {categories}.",
  },
  device: {
    mobile: "fuq il-mowbajl",
    desktop: "fuq il-kompjuter",
    tablet: "fuq it-tablet",
  },
  daypart: {
    night: "bil-lejl",
    morning: "filgħodu",
    afternoon: "wara nofsinhar",
    evening: "filgħaxija",
  },
};
