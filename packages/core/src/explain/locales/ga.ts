/** Irish explanation texts. */
import type { ExplainLocale } from "../explain-locale.ts";

/** Irish (Gaeilge). */
export const ga: ExplainLocale = {
  locale: "ga",
  templates: {
    "because-viewed": "Mar gur fhéach tú ar {item}",
    "because-bought": "Mar gur cheannaigh tú {item}",
    "because-rated": "Mar gur thug tú rátáil do {item}",
    "because-searched": "Mar gur chuardaigh tú “{value}”",
    "also-bought": "Cheannaigh custaiméirí a cheannaigh {item} é seo freisin",
    "similar-to": "Cosúil le {item}",
    session: "Bainteach le {item}, a d'fhéach tú air díreach anois",
    interest: "Oireann sé don spéis atá agat sa chatagóir {category}",
    "popular-in": "Tá an-tóir air sa chatagóir {category} an tseachtain seo",
    "popular-now": "Tá an-tóir air anois; ní úsáidtear aon sonraí pearsanta go dtí go ndéanann tú rogha",
    "popular-now-holdout":
      "Tá an-tóir air anois: tá tú i ngrúpa comparáide a fheiceann moltaí neamhphearsantaithe ar feadh tamaill",
    "popular-now-not-personalized":
      "Tá sé seo á fheiceáil agat mar gur roghnaigh tú gan phearsantú: tá an-tóir air anois",
    "context-device": "Tá an-tóir air i measc custaiméirí {value}",
    "context-daypart": "Tá an-tóir air {value}",
    "context-region": "Tá an-tóir air i do réigiún ({value})",
    editorial: "Roghnaithe ag ár bhfoireann",
    "other-activity":
      "Bunaithe ar ghníomhaíocht eile a cheadaigh tú (gan ainmniú, chun sonraí íogaire a chosaint)",
    variety: "Curtha leis ar mhaithe le héagsúlacht: lasmuigh de do ghnáthchatagóirí",
    "provider-fairness": "Ó dhíoltóir neamhspleách, ar mhaithe le cothroime",
    exploration: "Rud éigin nua atá á thriail againn duit",
    calibration: "Coinníonn sé an meascán gar do do spéiseanna",
    "long-tail":
      "Rogha nach bhfuil chomh haithnidiúil, ionas nach mbrúnn earraí móréilimh an chuid eile amach",
    reranked: "Bogtha ar mhaithe le cothromaíocht",
  },
  controls: {
    dontUse: "Ná húsáid {item}",
    notInterested: "Níl suim agam ann",
    turnOff: "Múch: {value}",
    variety: "Athraigh an éagsúlacht",
    notPersonalized: "Taispeáin moltaí neamhphearsantaithe",
  },
  whyNot: {
    shown: "Tá sé á thaispeáint, in áit {rank}.",
    "unknown-item": "Níl aithne againn ar an táirge seo.",
    filtered: "Scagadh amach é: {reason}",
    bought: "Cheannaigh tú cheana é.",
    "not-interested": "Dúirt tú nach bhfuil suim agat ann.",
    excluded: "Tá sé i do chiseán cheana nó ar an leathanach seo.",
    constraint: "Ní oireann sé do na scagairí a roghnaigh tú.",
    outranked:
      "Fuair táirgí eile scór níos airde: fuair sé seo {score}, an ceann deireanach a taispeánadh ({by}) {cutoff}.",
    "data-not-allowed": "Ní féidir cuid de do shonraí a úsáid le haghaidh moltaí: {categories}.",
  },
  device: {
    mobile: "ar ghutháin phóca",
    desktop: "ar ríomhairí",
    tablet: "ar thaibléid",
  },
  daypart: {
    night: "san oíche",
    morning: "ar maidin",
    afternoon: "san iarnóin",
    evening: "tráthnóna",
  },
};
