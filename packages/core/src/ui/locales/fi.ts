/** Finnish (suomi) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
import type {
  AuditTexts,
  BannerTexts,
  BubbleTexts,
  CategoryTexts,
  ContextTexts,
  FeedWidthTexts,
  FooterTexts,
  MeasureTexts,
  MyDataTexts,
  PrivacyTexts,
  RowTexts,
  SensitiveTexts,
  SettingsTexts,
  WhyTexts,
} from "../texts.ts";

/** Finnish (suomi): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Tietosuojavalintasi",
  optIn:
    "Haluaisimme käyttää toimintaasi tässä kaupassa sen personoimiseen, mitä näet. Mitään henkilökohtaista ei käytetä ennen kuin teet valintasi, ja kauppa toimii täysin joka tapauksessa.",
  optOut:
    "Käytämme toimintaasi tässä kaupassa sen personoimiseen, mitä näet, ja jaamme sitä personoitua mainontaa varten, ellet kiellä sitä. Arkaluonteisia henkilötietoja käytetään vain, jos sallit sen. Kauppa toimii täysin joka tapauksessa.",
  purposes: "Kysymme seuraavista: {purposes}.",
  privacyPolicy: "Tietosuojaseloste",
  acceptAll: "Hyväksy kaikki",
  rejectAll: "Hylkää kaikki",
  customize: "Mukauta",
  doNotSell: "Älä myy tai jaa henkilötietojani",
  limitSensitive: "Rajoita arkaluonteisten henkilötietojeni käyttöä",
};

/** Finnish (suomi): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Tietosuoja-asetukset",
  intro: "Valitse, mitä saa käyttää. Voit muuttaa tätä milloin tahansa sivun alatunnisteesta.",
  save: "Tallenna valinnat",
  close: "Sulje",
  alwaysOn: "Aina käytössä",
  on: "Käytössä",
  off: "Pois käytöstä",
  acceptAll: "Hyväksy kaikki",
  rejectAll: "Hylkää kaikki",
  dataUsed: "Käytetyt tiedot",
  legalBasis: "Oikeusperuste",
  bases: {
    consent: "suostumuksesi",
    "explicit-consent": "nimenomainen suostumuksesi",
    contract: "tarpeen kaupan palvelun tarjoamiseksi",
    "legal-obligation": "lakisääteinen velvoite",
    "legitimate-interest": "oikeutettu etu",
  },
};

/** Finnish (suomi): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "mitä katselet ja napsautat",
    "pd:SearchHistory": "mitä haet",
    "pd:Purchase": "mitä ostat",
    "pd:Rating": "arviosi",
    "pd:DeviceBased": "laitteesi tyyppi",
    "pd:Location": "alueesi",
    "candor:TimeOfDay": "kellonaika",
    "pd:Age": "ikäryhmäsi",
    "pd:EmailAddress": "sähköpostiosoitteesi",
    "candor:Cart": "ostoskorisi",
    "candor:ConsentRecord": "tietosuojavalintasi",
    "pd:Health": "terveys",
    "pd:Religion": "uskonnollinen tai filosofinen vakaumus",
    "pd:Sexuality": "seksuaalinen käyttäytyminen tai suuntautuminen",
    "pd:PoliticalOpinion": "poliittiset mielipiteet",
    "pd:EthnicOrigin": "rotu tai etninen alkuperä",
    "pd:Biometric": "biometriset tiedot",
    "pd:Genetic": "geneettiset tiedot",
    "pd:TradeUnionMembership": "ammattiliiton jäsenyys",
    "candor:UnclassifiedSpecialCategory": "muut arkaluonteiset tiedot",
  },
};

/** Finnish (suomi): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Tietosuojavalinnat",
  privacySettings: "Tietosuoja-asetukset",
  doNotSell: "Älä myy tai jaa henkilötietojani",
  gpcHonored: "Kieltopyyntöä on noudatettu",
  optedOut: "Valmis: henkilötietojasi ei enää myydä eikä jaeta.",
};

/** Finnish (suomi): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Rajoita arkaluonteisten henkilötietojeni käyttöä",
  limitSensitiveOn: "Arkaluonteisia henkilötietojasi ei käytetä suosituksiin.",
};

/** Finnish (suomi): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Suositusten asetukset",
  settingsToggle: "Rivin asetukset",
  personalized: "Personoitu",
  notPersonalized: "Ei personoitu",
  variety: "Vaihtelu",
  varietyHint:
    "Suurempi vaihtelu tuo mukaan muita kategorioita, vähemmän tunnettuja tuotteita ja riippumattomia myyjiä.",
  varietyValue: "{value} %",
  modePersonalized: "Personoitu: käyttää vain sallimiasi tietoja.",
  modeNotPersonalizedChosen:
    "Ei personoitu, kuten valitsit: suosittuja tuotteita, henkilötietoja ei käytetä.",
  modeNotPersonalizedConsent: "Ei personoitu: et ole sallinut personointia, joten henkilötietoja ei käytetä.",
  modeNotPersonalizedOther: "Ei personoitu juuri nyt: suosittuja tuotteita, henkilötietoja ei käytetä.",
  empty: "Täällä ei ole juuri nyt mitään suositeltavaa.",
  personalizedNeedsConsent: "Jos haluat personoida tämän rivin, salli se tietosuoja-asetuksissa.",
  personalizedUnavailable: "Personointi ei ole juuri nyt käytettävissä tällä rivillä.",
  updated: "Valmis: suositukset on päivitetty.",
};

/** Finnish (suomi): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Miksi näen tämän?",
  about: "Tuote: {item}",
  reasonsHeading: "Miksi se näytetään",
  reasonShare: "{share} pisteistä",
  effectsHeading: "Miten luetteloa tasapainotettiin",
  dataHeading: "Käytetyt tietosi",
  noPersonalData: "Henkilötietojasi ei käytetty lainkaan.",
  legalBasis: "Oikeusperuste",
  basisConsent: "{purpose}: suostumuksesi",
  controlsHeading: "Muuta sitä, mitä näet",
  close: "Sulje",
};

/** Finnish (suomi): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Suosittu alueella {region}",
  device: "Suosittu {device} käyttävien asiakkaiden keskuudessa",
  daypart: "Suosittu {daypart}",
  devices: {
    mobile: "puhelinta",
    desktop: "tietokonetta",
    tablet: "tablettia",
  },
  dayparts: {
    morning: "aamuisin",
    afternoon: "iltapäivisin",
    evening: "iltaisin",
    night: "öisin",
  },
  regions: {
    "US-CA": "Kalifornia",
  },
};

/** Finnish (suomi): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered: "Suosituksesi kattavat {total, plural, one {# osastosta} other {# osastosta}} {covered}.",
  none: "Sinulle ei ole vielä näytetty suosituksia.",
  missing: "Ei näytetty viime aikoina: {departments}.",
};

/** Finnish (suomi): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Omat tietoni",
  intro:
    "Lataa JSON-muodossa kaikki, mitä tämä kauppa säilyttää sinusta, tai poista se: toimintasi, suostumusrekisterisi ja niistä johdetut tiedot.",
  stored: {
    heading: "Mitä tämä kauppa säilyttää sinusta",
    loading: "Haetaan tallennettuja tietoja…",
    events: "{count, plural, one {# toimintosi täällä:} other {# toimintoasi täällä:}}",
    noEvents: "Toiminnastasi ei ole tallennettu mitään.",
    eventKind: "{kind}: {count} ({first}–{last})",
    kinds: {
      view: "Katsellut tuotteet",
      add_to_cart: "Lisätty ostoskoriin",
      purchase: "Ostokset",
      rating: "Arviot",
      search: "Haut",
      dismiss: "Merkitty ei kiinnostaviksi",
    },
    consentHeading: "Tietosuojavalintasi ajan mittaan",
    noConsent: "Et ole vielä tehnyt valintaa.",
    consentEvent: "{date}: {type}. Käytössä: {granted}.",
    consentTypes: {
      given: "valinta tallennettu",
      refused: "kieltäydytty",
      withdrawn: "peruutettu",
      expired: "vanhentunut",
      "gpc-honored": "Global Privacy Control -signaalia noudatettu",
      notified: "ilmoitus näytetty",
      "notice-changed": "ilmoitus muuttunut",
    },
    nothingGranted: "ei mitään",
    derivedHeading: "Mitä niistä on päätelty",
    noDerived: "Ilman tallennettua toimintaa mitään ei päätellä.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Vie tietoni (JSON)",
  exported:
    "Vientisi on valmis: {events, plural, one {# tapahtuma} other {# tapahtumaa}} ja suostumusrekisteri, jossa on {consentEvents, plural, one {# merkintä} other {# merkintää}}.",
  eraseButton: "Poista kaikki",
  eraseConfirmTitle: "Poistetaanko kaikki?",
  eraseConfirmText:
    "Tämä poistaa toimintasi, suostumusrekisterisi ja kaiken niistä päätellyn. Toimintoa ei voi kumota.",
  eraseConfirm: "Kyllä, poista kaikki",
  cancel: "Peruuta",
  erased: "Kaikki on poistettu. Säilytä tämä kuitti todisteena poistamisesta.",
  receiptTitle: "Poistokuitti",
  downloadReceipt: "Lataa kuitti",
  receipt: {
    erasedAt: "Poistettu",
    subject: "Pseudonyymi",
    events: "Poistetut toiminnot",
    consentEvents: "Poistetut tietosuojavalinnat",
    also: "Poistettu myös",
    proof: "Poistettujen tietueiden tiiviste",
  },
  failed: "Jokin meni vikaan: {message}",
};

/** Finnish (suomi): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Tietosuojakeskus",
  choicesHeading: "Valintasi",
  rules: "Voimassa olevat säännöt: {rules}.",
  regimes: {
    gdpr: "Tietosuoja-asetus ja sähköisen viestinnän tietosuoja (mitään ei käytetä ennen kuin sallit sen)",
    cpra: "CCPA/CPRA (personointi, kunnes kiellät sen; arkaluonteiset tiedot vain, jos sallit sen)",
    "opt-in": "mitään ei käytetä ennen kuin sallit sen",
    "opt-out": "personointi, kunnes kiellät sen",
    strictest: "tiukimmat säännöt, koska alueesi ei ole tiedossa (mitään ei käytetä ennen kuin sallit sen)",
  },
  chosen: "Valittu {date}; kysymme uudelleen {expires} jälkeen.",
  notChosen: "Et ole vielä valinnut: käytetään vain sitä, mitä kauppa tarvitsee.",
  defaults: "Et ole vielä valinnut: näiden sääntöjen oletusasetukset ovat voimassa alla luetellulla tavalla.",
  minor:
    "Tiedossa oleva alaikäinen: profilointiin perustuva mainonta sekä myynti ja jakaminen ovat pois käytöstä.",
  gpc: "Global Privacy Control on käytössä.",
  gpcHonored: "Global Privacy Control on käytössä, ja sitä on noudatettu.",
  limited: "Arkaluonteisten henkilötietojesi käyttöä on rajoitettu.",
  change: "Muuta valintojasi",
  on: "Käytössä",
  off: "Pois käytöstä",
  receiptHeading: "Suostumuskuitti",
  receiptIntro: "Kantara-suostumuskuitti (v1.1) voimassa olevasta valinnastasi, tehty {date}: {purposes}.",
  receiptNone: "Kuittia ei ole vielä: et ole tehnyt valintaa.",
  nothingGranted: "ei mitään",
  showReceipt: "Näytä kuitti JSON-muodossa",
  downloadReceipt: "Lataa suostumuskuitti",
  howHeading: "Näin suositukset toimivat",
  summary:
    "Tuotteet järjestetään laskemalla yhteen alla olevat signaalit ilmoitetuin painoin. Tuotteita, joita ei voi myydä sinulle (loppuunmyyty, ei toimitusta alueellesi, ikärajoitettu), ei koskaan näytetä.",
  reranked:
    "Sen jälkeen luetteloa tasapainotetaan vaihtelun ja riippumattomien myyjien reilun kohtelun vuoksi.",
  parametersHeading: "Tärkeimmät parametrit tärkeysjärjestyksessä",
  importance: {
    main: "pääasiallinen",
    supporting: "tukeva",
    minor: "vähäinen",
  },
  parameters: {
    hybrid:
      "Opittu monilta asiakkailta: malli siitä, mitkä tuotteet kuuluvat yhteen monien asiakkaiden historiassa (vain yhteydet, jotka vähintään viisi asiakasta jakaa, ja vain, jos sallit oppimisen samankaltaisilta asiakkailta).",
    itemKnn:
      "Tämän ostaneet ostivat myös: mitä samoja tuotteita kuin sinä ostaneet tai katselleet asiakkaat ostivat seuraavaksi (vain yhteydet, jotka vähintään viisi asiakasta jakaa, ja vain, jos sallit oppimisen samankaltaisilta asiakkailta).",
    ease: "Yhteen sopivat tuotteet: tilastollinen malli monien asiakkaiden historiasta (vain, jos sallit oppimisen samankaltaisilta asiakkailta).",
    content:
      "Samankaltaiset tuotteet: kuinka lähellä tuote on sitä, mitä olet katsellut tai ostanut täällä, sanojen, kategorian, merkin ja hintaluokan perusteella.",
    session: "Tämä käynti: mitä katselit juuri äsken.",
    search:
      "Hakusi: sanat, joilla olet hakenut täällä, verrattuna tuotteisiin (vain, jos sallit suositukset katselemasi perusteella).",
    context:
      "Laite, kellonaika ja alue: mikä on suosittua laitetyypilläsi, tähän aikaan päivästä tai alueellasi (vain, jos sallit tilanteen käytön).",
    popularity:
      "Suosio: kuinka moni asiakas on viime aikoina valinnut tuotteen (ainoa, mitä personoimattomat suositukset käyttävät).",
    editorial: "Tiimimme valinnat: tuotteet, jotka tiimimme nostaa esiin.",
  },
  optionsHeading: "Mitä voit muuttaa",
  options: [
    "Personoitu tai Ei personoitu, kohdassa ”Rivin asetukset” jokaisella suosituslistalla: personoimaton ei käytä henkilötietoja, vain suosiota ja tiimimme valintoja.",
    "Tietosuoja-asetukset: ota kukin personoinnin tyyppi käyttöön tai pois käytöstä milloin tahansa.",
    "Miksi näen tämän?: jokaisessa suositellussa tuotteessa, ja siinä painikkeet, joilla voit lopettaa katselemasi tuotteen käytön, kertoa, ettei tuote kiinnosta, tai poistaa jonkin personoinnin tyypin käytöstä.",
    "Vaihtelu: liukusäädin kohdassa ”Rivin asetukset” jokaisella suosituslistalla; se punnitsee läheisyyttä kiinnostuksen kohteisiisi vastaan vaihtelua, vähemmän tunnettuja tuotteita ja riippumattomia myyjiä.",
  ],
  protectionsHeading: "Aina voimassa",
  protections: [
    "Arkaluonteisia tuotteita (esimerkiksi apteekki ja terveys, uskonto, politiikka) ei koskaan nosteta oman toimintasi perusteella, ellet ole antanut nimenomaista suostumusta arkaluonteisille tiedoille.",
    "Kukin personoinnin tyyppi käyttää vain omia tietojaan: katselemiasi tuotteita vain, jos sallit suositukset katselemasi perusteella, ostoksiasi vain, jos sallit suositukset ostostesi perusteella.",
    "Tiedossa olevat alaikäiset eivät saa profilointiin perustuvia suosituksia tai mainoksia.",
  ],
  myData: "Jos haluat nähdä, ladata tai poistaa kaiken, siirry kohtaan {link}.",
  myDataLink: "Omat tietoni",
};

/** Finnish (suomi): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Tarkastuskonsoli",
  verifyLog: "Tarkista loki",
  verifying: "Tarkistetaan…",
  logVerified: "Loki tarkistettu",
  logVerifiedDetail:
    "{size, plural, one {# merkintä tarkistettu; sitä ei ollut muutettu.} other {# merkintää tarkistettu; yhtäkään ei ollut muutettu.}}",
  logVerifiedKinds:
    "{size, plural, one {# merkintä} other {# merkintää}} tarkistettu ({served, plural, one {# näytetty tuote} other {# näytettyä tuotetta}}, {consent, plural, one {# suostumustapahtuma} other {# suostumustapahtumaa}}, {notices, plural, one {# ilmoitus} other {# ilmoitusta}}); yhtäkään ei ollut muutettu.",
  tampered: "Peukalointi havaittu merkinnässä {index}",
  failed: "Jokin meni vikaan: {message}",
  logHeading: "Perusteluloki",
  chartsHeading: "Näkyvyys ja monipuolisuus",
  filters: "Suodattimet",
  filterSurface: "Sijainti",
  filterMode: "Tila",
  filterSubject: "Henkilö",
  filterSearch: "Haku",
  filterAll: "Kaikki",
  personalized: "Personoitu",
  notPersonalized: "Ei personoitu",
  entriesShown: "{shown}/{total, plural, one {# merkintä} other {# merkintää}}",
  noEntries: "Ei vastaavia merkintöjä.",
  logEmpty:
    "Tällä laitteella ei ole vielä näytetty mitään. Avaa kaupan etusivu tai jokin tuote; jokainen näytetty suositus kirjataan tänne.",
  pageOf: "Sivu {page}/{pages}",
  previous: "Edellinen",
  next: "Seuraava",
  columns: {
    index: "Merkintä",
    time: "Aika",
    subject: "Henkilö",
    surface: "Sijainti",
    rank: "Sija",
    item: "Tuote",
    mode: "Tila",
    reason: "Perustelu",
    basis: "Peruste",
  },
  exportJson: "Vie JSON",
  exportCsv: "Vie CSV",
  exposureTitle: "Näkyvyys myyjäryhmittäin",
  exposureDescription: "Näytettyjen tuotteiden sijalla painotettu näkyvyys, 1 / log2(sija + 1).",
  diversityTitle: "Kategoriat listaa kohden",
  diversityAxisY: "Kategoriat",
  diversityAxisX: "Listat, uusin oikealla",
  diversityDescription:
    "Keskimäärin {mean} eri kategoriaa listaa kohden, {slates, plural, one {# listan} other {# listan}} perusteella.",
};

/** Finnish (suomi): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Tarkastusnäkymät",
  tabLog: "Loki",
  tabMeasurement: "Mittaus",
  loading: "Lasketaan mittausta…",
  failed: "Mittausta ei voitu laskea: {message}",
  summaryHeading: "Yhteenveto",
  raised:
    "Personointi nosti napsautusprosenttia {lift} ({confidence} LV {low}–{high}) verrattuna personoimattomaan verrokkiryhmään.",
  lowered:
    "Personointi laski napsautusprosenttia {lift} ({confidence} LV {low}–{high}) verrattuna personoimattomaan verrokkiryhmään.",
  noDifference:
    "Personoinnin ja personoimattoman verrokkiryhmän napsautusprosenteissa ei ole merkitsevää eroa (nousu {lift}, {confidence} LV {low}–{high}).",
  noData: "Tietoja ei ole vielä tarpeeksi ryhmien napsautusprosenttien vertaamiseen.",
  liftHeading: "Nousu verrokkiryhmään nähden",
  liftTitle: "Personoinnin tuoma nousu verrattuna personoimattomaan verrokkiryhmään",
  liftDescription:
    "Kunkin kävijäkohtaisen osuuden suhteellinen nousu ja sen {confidence} luottamusväli; viiva merkitsee 0 % (ei eroa).",
  liftCaption: "Kävijäkohtaiset osuudet: {treatment} verrattuna ryhmään {control}",
  metrics: {
    click: "Napsautusprosentti",
    addToCart: "Lisäys ostoskoriin",
    conversion: "Konversio",
    firstDayEngagement: "Sitoutuminen ensimmäisenä päivänä",
    repeatPurchase: "Uusintaosto",
  },
  liftColumns: {
    metric: "Mittari",
    control: "Verrokki",
    treatment: "Koeryhmä",
    lift: "Nousu",
    interval: "Luottamusväli",
    pValue: "p-arvo",
  },
  rateCell: "{rate} ({successes}/{visitors})",
  undefinedLift: "tietoja ei ole vielä tarpeeksi",
  driftHeading: "Ajautuminen",
  driftTitle: "Ryhmän {arm} napsautusprosentti ajan mittaan",
  driftDescription:
    "Liukuva napsautusprosentti tunneittain verrattuna perustasoon {baseline} ja hälytysrajaan {line}; {events, plural, one {# ajautumistapahtuma} other {# ajautumistapahtumaa}}.",
  baseline: "Perustaso",
  driftLine: "Hälytysraja",
  eventsCaption: "Ajautumistapahtumat",
  eventColumns: {
    time: "Aika",
    metric: "Mittari",
    arm: "Ryhmä",
    baseline: "Perustaso",
    observed: "Havaittu",
    drop: "Lasku",
  },
  noEvents: "Ajautumista ei havaittu.",
};

/** Finnish (suomi): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Suodatinkupla",
  title: "Suodatinkupla",
  summary:
    "{days, plural, one {# päivän} other {# päivän}} aikana kullekin asiakkaalle näytettyjen kategorioiden entropia muuttui {first} bitistä {last} bittiin; viimeisenä päivänä {outside} siitä, mitä palaavat asiakkaat näkivät, oli heille ensin näytettyjen kategorioiden ulkopuolelta.",
  entropyChart:
    "Vaihtelu asiakasta kohden (entropia, bittiä) ja ensimmäisten kategorioiden ulkopuolinen osuus päivittäin",
  providerChart: "Näkyvyys toimittajittain päivittäin",
  day: "Päivä",
  slates: "Listat",
  entropy: "Entropia asiakasta kohden (bittiä)",
  outside: "Ensimmäisten kategorioiden ulkopuolella",
  providerGini: "Toimittajien Gini-kerroin",
  empty: "Lokissa ei ole vielä näytettyjä listoja: selaa kauppaa ja palaa sitten tänne.",
};
