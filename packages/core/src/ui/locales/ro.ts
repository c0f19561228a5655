/** Romanian (română) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Romanian (română): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Opțiunile dvs. de confidențialitate",
  optIn:
    "Am dori să folosim activitatea dvs. în acest magazin pentru a personaliza ce vedeți. Nu se folosește nimic personal până nu alegeți, iar magazinul funcționează complet în orice caz.",
  optOut:
    "Folosim activitatea dvs. în acest magazin pentru a personaliza ce vedeți și o partajăm pentru publicitate personalizată, cu excepția cazului în care renunțați. Informațiile personale sensibile sunt folosite numai dacă le permiteți. Magazinul funcționează complet în orice caz.",
  purposes: "Despre ce vă întrebăm: {purposes}.",
  privacyPolicy: "Politica de confidențialitate",
  acceptAll: "Acceptați tot",
  rejectAll: "Refuzați tot",
  customize: "Personalizați",
  doNotSell: "Nu vindeți și nu partajați informațiile mele personale",
  limitSensitive: "Limitați utilizarea informațiilor mele personale sensibile",
};

/** Romanian (română): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Setări de confidențialitate",
  intro: "Alegeți ce se poate folosi. Puteți schimba oricând din subsolul paginii.",
  save: "Salvați opțiunile",
  close: "Închideți",
  alwaysOn: "Mereu activ",
  on: "Activat",
  off: "Dezactivat",
  acceptAll: "Acceptați tot",
  rejectAll: "Refuzați tot",
  dataUsed: "Date folosite",
  legalBasis: "Temei juridic",
  bases: {
    consent: "consimțământul dvs.",
    "explicit-consent": "consimțământul dvs. explicit",
    contract: "necesar pentru funcționarea magazinului",
    "legal-obligation": "obligație legală",
    "legitimate-interest": "interes legitim",
  },
};

/** Romanian (română): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "ce vizualizați și pe ce faceți clic",
    "pd:SearchHistory": "ce căutați",
    "pd:Purchase": "ce cumpărați",
    "pd:Rating": "evaluările dvs.",
    "pd:DeviceBased": "tipul dispozitivului dvs.",
    "pd:Location": "regiunea dvs.",
    "candor:TimeOfDay": "momentul zilei",
    "pd:Age": "grupa dvs. de vârstă",
    "pd:EmailAddress": "adresa dvs. de e-mail",
    "candor:Cart": "coșul dvs.",
    "candor:ConsentRecord": "opțiunile dvs. de confidențialitate",
    "pd:Health": "sănătate",
    "pd:Religion": "confesiunea religioasă sau convingerile filozofice",
    "pd:Sexuality": "viața sexuală sau orientarea sexuală",
    "pd:PoliticalOpinion": "opinii politice",
    "pd:EthnicOrigin": "originea rasială sau etnică",
    "pd:Biometric": "date biometrice",
    "pd:Genetic": "date genetice",
    "pd:TradeUnionMembership": "apartenența la sindicate",
    "candor:UnclassifiedSpecialCategory": "alte informații sensibile",
  },
};

/** Romanian (română): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Opțiuni de confidențialitate",
  privacySettings: "Setări de confidențialitate",
  doNotSell: "Nu vindeți și nu partajați informațiile mele personale",
  gpcHonored: "Cererea de renunțare a fost respectată",
  optedOut: "Gata: informațiile dvs. personale nu mai sunt vândute sau partajate.",
};

/** Romanian (română): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Limitați utilizarea informațiilor mele personale sensibile",
  limitSensitiveOn: "Informațiile dvs. personale sensibile nu sunt folosite pentru recomandări.",
};

/** Romanian (română): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Setări pentru recomandări",
  settingsToggle: "Setările rândului",
  personalized: "Personalizat",
  notPersonalized: "Nepersonalizat",
  variety: "Varietate",
  varietyHint:
    "Mai multă varietate adaugă alte categorii, produse mai puțin cunoscute și vânzători independenți.",
  varietyValue: "{value}%",
  modePersonalized: "Personalizat: se folosesc doar datele pe care le-ați permis.",
  modeNotPersonalizedChosen:
    "Nepersonalizat, așa cum ați ales: produse populare, fără date cu caracter personal.",
  modeNotPersonalizedConsent:
    "Nepersonalizat: nu ați permis personalizarea, așa că nu se folosesc date cu caracter personal.",
  modeNotPersonalizedOther: "Momentan nepersonalizat: produse populare, fără date cu caracter personal.",
  empty: "Momentan nu avem nimic de recomandat aici.",
  personalizedNeedsConsent:
    "Pentru a personaliza acest rând, permiteți acest lucru în setările de confidențialitate.",
  personalizedUnavailable: "Personalizarea nu este disponibilă momentan pentru acest rând.",
  updated: "Gata: recomandările au fost actualizate.",
};

/** Romanian (română): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "De ce văd asta?",
  about: "Despre {item}",
  reasonsHeading: "De ce este afișat",
  reasonShare: "{share} din scor",
  effectsHeading: "Cum a fost echilibrată lista",
  dataHeading: "Datele dvs. folosite",
  noPersonalData: "Nu au fost folosite date cu caracter personal ale dvs.",
  legalBasis: "Temei juridic",
  basisConsent: "{purpose}: consimțământul dvs.",
  controlsHeading: "Schimbați ce vedeți",
  close: "Închideți",
};

/** Romanian (română): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Popular în {region}",
  device: "Popular printre clienții de pe {device}",
  daypart: "Popular {daypart}",
  devices: {
    mobile: "telefon",
    desktop: "computer",
    tablet: "tabletă",
  },
  dayparts: {
    morning: "dimineața",
    afternoon: "după-amiaza",
    evening: "seara",
    night: "noaptea",
  },
  regions: {
    "US-CA": "California",
  },
};

/** Romanian (română): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "Recomandările dvs. acoperă {covered} din {total, plural, one {# departament} few {# departamente} other {# de departamente}}.",
  none: "Încă nu vi s-au afișat recomandări.",
  missing: "Neafișate în ultima vreme: {departments}.",
};

/** Romanian (română): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Datele mele",
  intro:
    "Descărcați tot ce păstrează acest magazin despre dvs. în format JSON sau ștergeți: activitatea dvs., evidența consimțământului dvs. și ce s-a dedus din acestea.",
  stored: {
    heading: "Ce păstrează acest magazin despre dvs.",
    loading: "Căutăm ce este stocat…",
    events:
      "{count, plural, one {# acțiune făcută de dvs. aici:} few {# acțiuni făcute de dvs. aici:} other {# de acțiuni făcute de dvs. aici:}}",
    noEvents: "Nu este stocată nicio activitate a dvs.",
    eventKind: "{kind}: {count} (de la {first} până la {last})",
    kinds: {
      view: "Produse vizualizate",
      add_to_cart: "Adăugate în coș",
      purchase: "Cumpărături",
      rating: "Evaluări",
      search: "Căutări",
      dismiss: "Marcate ca neinteresante",
    },
    consentHeading: "Opțiunile dvs. de confidențialitate în timp",
    noConsent: "Încă nu ați făcut o alegere.",
    consentEvent: "{date}: {type}. Activat: {granted}.",
    consentTypes: {
      given: "alegere salvată",
      refused: "refuzat",
      withdrawn: "retras",
      expired: "expirat",
      "gpc-honored": "Global Privacy Control respectat",
      notified: "notificare afișată",
      "notice-changed": "notificare modificată",
    },
    nothingGranted: "nimic",
    derivedHeading: "Ce s-a dedus din aceasta",
    noDerived: "Fără activitate stocată nu se deduce nimic.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Exportați datele mele (JSON)",
  exported:
    "Exportul dvs. este gata: {events, plural, one {# eveniment} few {# evenimente} other {# de evenimente}} și o evidență a consimțământului cu {consentEvents, plural, one {# înregistrare} few {# înregistrări} other {# de înregistrări}}.",
  eraseButton: "Ștergeți tot",
  eraseConfirmTitle: "Ștergeți tot?",
  eraseConfirmText:
    "Se vor șterge activitatea dvs., evidența consimțământului dvs. și tot ce s-a dedus din acestea. Acțiunea nu poate fi anulată.",
  eraseConfirm: "Da, ștergeți tot",
  cancel: "Anulați",
  erased: "Totul a fost șters. Păstrați această confirmare ca dovadă a ștergerii.",
  receiptTitle: "Confirmare de ștergere",
  downloadReceipt: "Descărcați confirmarea",
  receipt: {
    erasedAt: "Șters la",
    subject: "Pseudonim",
    events: "Activități șterse",
    consentEvents: "Opțiuni de confidențialitate șterse",
    also: "Eliminate de asemenea",
    proof: "Amprenta înregistrărilor șterse",
  },
  failed: "Ceva nu a funcționat: {message}",
};

/** Romanian (română): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Centrul de confidențialitate",
  choicesHeading: "Opțiunile dvs.",
  rules: "Reguli aplicabile: {rules}.",
  regimes: {
    gdpr: "RGPD și ePrivacy (nu se folosește nimic până nu permiteți)",
    cpra: "CCPA/CPRA (personalizare până când renunțați; date sensibile numai cu permisiunea dvs.)",
    "opt-in": "nu se folosește nimic până nu permiteți",
    "opt-out": "personalizare până când renunțați",
    strictest:
      "cele mai stricte reguli, deoarece regiunea dvs. este necunoscută (nu se folosește nimic până nu permiteți)",
  },
  chosen: "Ales pe {date}; vă vom întreba din nou după {expires}.",
  notChosen: "Încă nu ați ales: se folosește doar ce este necesar magazinului.",
  defaults:
    "Încă nu ați ales: se aplică setările implicite ale acestor reguli, după cum sunt enumerate mai jos.",
  minor:
    "Persoană minoră cunoscută: publicitatea bazată pe creare de profiluri și vânzarea sau partajarea sunt dezactivate.",
  gpc: "Global Privacy Control este activat.",
  gpcHonored: "Global Privacy Control este activat și a fost respectat.",
  limited: "Utilizarea informațiilor dvs. personale sensibile este limitată.",
  change: "Schimbați opțiunile",
  on: "Activat",
  off: "Dezactivat",
  receiptHeading: "Confirmarea consimțământului",
  receiptIntro:
    "O confirmare a consimțământului Kantara (v1.1) pentru alegerea dvs. în vigoare, făcută pe {date}: {purposes}.",
  receiptNone: "Încă nu există o confirmare: nu ați făcut o alegere.",
  nothingGranted: "nimic",
  showReceipt: "Afișați confirmarea ca JSON",
  downloadReceipt: "Descărcați confirmarea consimțământului",
  howHeading: "Cum funcționează recomandările",
  summary:
    "Produsele sunt ordonate însumând semnalele de mai jos, ponderate după cum se arată. Produsele care nu vă pot fi vândute (stoc epuizat, fără livrare în regiunea dvs., cu restricție de vârstă) nu sunt afișate niciodată.",
  reranked:
    "Apoi lista este echilibrată pentru varietate și pentru corectitudine față de vânzătorii independenți.",
  parametersHeading: "Parametrii principali, cei mai importanți primii",
  importance: {
    main: "principal",
    supporting: "secundar",
    minor: "redus",
  },
  parameters: {
    hybrid:
      "Învățat de la mulți clienți: un model al produselor care merg împreună în istoricul multor clienți (doar legături comune pentru cel puțin cinci clienți și doar dacă permiteți învățarea de la clienți similari).",
    itemKnn:
      "Clienții care au cumpărat acest produs au mai cumpărat: ce au cumpărat apoi clienții care au cumpărat sau vizualizat aceleași produse ca dvs. (doar legături comune pentru cel puțin cinci clienți și doar dacă permiteți învățarea de la clienți similari).",
    ease: "Produse care merg împreună: un model statistic pe istoricul multor clienți (doar dacă permiteți învățarea de la clienți similari).",
    content:
      "Produse asemănătoare: cât de apropiat este un produs de ce ați vizualizat sau cumpărat aici, după cuvintele, categoria, marca și gama sa de preț.",
    session: "Această vizită: ce tocmai ați vizualizat.",
    search:
      "Căutările dvs.: cuvintele căutate aici, comparate cu produsele (doar dacă permiteți recomandări pe baza a ceea ce vizualizați).",
    context:
      "Dispozitiv, momentul zilei și regiune: ce este popular pe tipul dvs. de dispozitiv, în acest moment al zilei sau în regiunea dvs. (doar dacă permiteți contextul).",
    popularity:
      "Popularitate: câți clienți au ales recent produsul (singurul lucru pe care îl folosesc recomandările nepersonalizate).",
    editorial: "Selecția echipei noastre: produse evidențiate de echipa noastră.",
  },
  optionsHeading: "Ce puteți schimba",
  options: [
    "Personalizat sau Nepersonalizat, la „Setările rândului” pe fiecare rând de recomandări: nepersonalizat nu folosește date cu caracter personal, doar popularitatea și selecția echipei noastre.",
    "Setări de confidențialitate: activați sau dezactivați oricând fiecare tip de personalizare.",
    "De ce văd asta?: la fiecare produs recomandat, cu opțiuni pentru a nu mai folosi un produs vizualizat, pentru a spune că nu vă interesează sau pentru a dezactiva un tip de personalizare.",
    "Varietate: un glisor la „Setările rândului” pe fiecare rând de recomandări, care schimbă apropierea de interesele dvs. pe varietate, produse mai puțin cunoscute și vânzători independenți.",
  ],
  protectionsHeading: "Se aplică mereu",
  protections: [
    "Produsele sensibile (de exemplu farmacie și sănătate, religie, politică) nu sunt niciodată promovate de propria dvs. activitate, cu excepția cazului în care v-ați dat consimțământul explicit pentru date sensibile.",
    "Fiecare tip de personalizare folosește doar propriile date: vizualizările dvs. doar dacă permiteți recomandări pe baza a ceea ce vizualizați, cumpărăturile dvs. doar dacă permiteți recomandări pe baza cumpărăturilor dvs.",
    "Minorii cunoscuți nu primesc recomandări sau reclame bazate pe crearea de profiluri.",
  ],
  myData: "Pentru a vedea, descărca sau șterge tot, accesați {link}.",
  myDataLink: "Datele mele",
};

/** Romanian (română): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Consolă de verificare",
  verifyLog: "Verificați jurnalul",
  verifying: "Se verifică…",
  logVerified: "Jurnal verificat",
  logVerifiedDetail:
    "{size, plural, one {# înregistrare verificată; nu a fost modificată.} few {# înregistrări verificate; niciuna nu a fost modificată.} other {# de înregistrări verificate; niciuna nu a fost modificată.}}",
  logVerifiedKinds:
    "{size, plural, one {# înregistrare verificată} few {# înregistrări verificate} other {# de înregistrări verificate}} ({served, plural, one {# articol afișat} few {# articole afișate} other {# de articole afișate}}, {consent, plural, one {# eveniment de consimțământ} few {# evenimente de consimțământ} other {# de evenimente de consimțământ}}, {notices, plural, one {# notificare} few {# notificări} other {# de notificări}}); niciuna nu a fost modificată.",
  tampered: "Modificare neautorizată detectată la înregistrarea {index}",
  failed: "Ceva nu a funcționat: {message}",
  logHeading: "Jurnalul explicațiilor",
  chartsHeading: "Expunere și diversitate",
  filters: "Filtre",
  filterSurface: "Amplasare",
  filterMode: "Mod",
  filterSubject: "Persoană",
  filterSearch: "Căutare",
  filterAll: "Toate",
  personalized: "Personalizat",
  notPersonalized: "Nepersonalizat",
  entriesShown:
    "{shown} din {total, plural, one {# înregistrare} few {# înregistrări} other {# de înregistrări}}",
  noEntries: "Nicio înregistrare corespunzătoare.",
  logEmpty:
    "Încă nu s-a afișat nimic pe acest dispozitiv. Deschideți pagina principală a magazinului sau un produs; fiecare recomandare afișată este înregistrată aici.",
  pageOf: "Pagina {page} din {pages}",
  previous: "Anterioara",
  next: "Următoarea",
  columns: {
    index: "Înregistrare",
    time: "Ora",
    subject: "Persoană",
    surface: "Amplasare",
    rank: "Poziție",
    item: "Articol",
    mode: "Mod",
    reason: "Explicație",
    basis: "Temei",
  },
  exportJson: "Exportați JSON",
  exportCsv: "Exportați CSV",
  exposureTitle: "Expunere pe grupuri de vânzători",
  exposureDescription: "Expunerea ponderată după poziție, 1 / log2(poziție + 1), a articolelor afișate.",
  diversityTitle: "Categorii pe listă",
  diversityAxisY: "Categorii",
  diversityAxisX: "Liste, cele mai recente în dreapta",
  diversityDescription:
    "În medie {mean} categorii distincte pe listă, din {slates, plural, one {# listă} few {# liste} other {# de liste}}.",
};

/** Romanian (română): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Vederi de verificare",
  tabLog: "Jurnal",
  tabMeasurement: "Măsurare",
  loading: "Se calculează măsurarea…",
  failed: "Măsurarea nu a putut fi calculată: {message}",
  summaryHeading: "Rezumat",
  raised:
    "Personalizarea a crescut rata de clic cu {lift} (IÎ {confidence}: de la {low} la {high}) față de grupul de control nepersonalizat.",
  lowered:
    "Personalizarea a scăzut rata de clic cu {lift} (IÎ {confidence}: de la {low} la {high}) față de grupul de control nepersonalizat.",
  noDifference:
    "Nicio diferență semnificativă a ratei de clic între personalizare și grupul de control nepersonalizat (variație {lift}, IÎ {confidence}: de la {low} la {high}).",
  noData: "Încă nu există suficiente date pentru a compara rata de clic între grupuri.",
  liftHeading: "Variația față de grupul de control",
  liftTitle: "Variația datorată personalizării față de grupul de control nepersonalizat",
  liftDescription:
    "Variația relativă a fiecărei rate per vizitator, cu intervalul de încredere de {confidence}; linia marchează 0% (nicio diferență).",
  liftCaption: "Rate per vizitator: {treatment} față de {control}",
  metrics: {
    click: "Rata de clic",
    addToCart: "Adăugare în coș",
    conversion: "Conversie",
    firstDayEngagement: "Implicare în prima zi",
    repeatPurchase: "Cumpărare repetată",
  },
  liftColumns: {
    metric: "Indicator",
    control: "Grup de control",
    treatment: "Grup de test",
    lift: "Variație",
    interval: "Interval de încredere",
    pValue: "Valoarea p",
  },
  rateCell: "{rate} ({successes} din {visitors})",
  undefinedLift: "încă nu există suficiente date",
  driftHeading: "Abatere",
  driftTitle: "Rata de clic a grupului {arm} în timp",
  driftDescription:
    "Rata de clic mobilă pe oră față de linia de bază {baseline} și pragul de abatere {line}; {events, plural, one {# eveniment de abatere} few {# evenimente de abatere} other {# de evenimente de abatere}}.",
  baseline: "Linie de bază",
  driftLine: "Prag de abatere",
  eventsCaption: "Evenimente de abatere",
  eventColumns: {
    time: "Ora",
    metric: "Indicator",
    arm: "Grup",
    baseline: "Linie de bază",
    observed: "Observat",
    drop: "Scădere",
  },
  noEvents: "Nu s-a detectat nicio abatere.",
};

/** Romanian (română): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Bula de filtrare",
  title: "Bula de filtrare",
  summary:
    "În {days, plural, one {# zi} few {# zile} other {# de zile}}, entropia categoriilor afișate fiecărui client a trecut de la {first} la {last} biți; în ultima zi, {outside} din ce au văzut clienții care au revenit s-a aflat în afara categoriilor care le-au fost afișate inițial.",
  entropyChart: "Varietate per client (entropie, biți) și ponderea din afara primelor categorii, pe zi",
  providerChart: "Expunere pe furnizor, pe zi",
  day: "Zi",
  slates: "Liste",
  entropy: "Entropie per client (biți)",
  outside: "În afara primelor categorii",
  providerGini: "Coeficientul Gini al furnizorilor",
  empty: "Încă nu există liste afișate în jurnal: răsfoiți magazinul, apoi reveniți.",
};
