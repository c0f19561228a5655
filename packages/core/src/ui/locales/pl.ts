/** Polish (polski) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Polish (polski): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Twoje ustawienia prywatności",
  optIn:
    "Chcielibyśmy wykorzystywać Twoją aktywność w tym sklepie, aby personalizować to, co widzisz. Do czasu Twojego wyboru nie wykorzystujemy niczego osobistego, a sklep w pełni działa niezależnie od wyboru.",
  optOut:
    "Wykorzystujemy Twoją aktywność w tym sklepie, aby personalizować to, co widzisz, i udostępniamy ją na potrzeby spersonalizowanych reklam, chyba że zgłosisz sprzeciw. Wrażliwe dane osobowe wykorzystujemy tylko za Twoim pozwoleniem. Sklep w pełni działa niezależnie od wyboru.",
  purposes: "O co pytamy: {purposes}.",
  privacyPolicy: "Polityka prywatności",
  acceptAll: "Zaakceptuj wszystkie",
  rejectAll: "Odrzuć wszystkie",
  customize: "Dostosuj",
  doNotSell: "Nie sprzedawaj ani nie udostępniaj moich danych osobowych",
  limitSensitive: "Ogranicz wykorzystywanie moich wrażliwych danych osobowych",
};

/** Polish (polski): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Ustawienia prywatności",
  intro: "Wybierz, co może być wykorzystywane. Możesz to zmienić w dowolnym momencie w stopce strony.",
  save: "Zapisz wybór",
  close: "Zamknij",
  alwaysOn: "Zawsze włączone",
  on: "Włączone",
  off: "Wyłączone",
  acceptAll: "Zaakceptuj wszystkie",
  rejectAll: "Odrzuć wszystkie",
  dataUsed: "Wykorzystane dane",
  legalBasis: "Podstawa prawna",
  bases: {
    consent: "Twoja zgoda",
    "explicit-consent": "Twoja wyraźna zgoda",
    contract: "niezbędne do świadczenia usług sklepu",
    "legal-obligation": "obowiązek prawny",
    "legitimate-interest": "prawnie uzasadniony interes",
  },
};

/** Polish (polski): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "to, co oglądasz i klikasz",
    "pd:SearchHistory": "to, czego szukasz",
    "pd:Purchase": "to, co kupujesz",
    "pd:Rating": "Twoje oceny",
    "pd:DeviceBased": "typ Twojego urządzenia",
    "pd:Location": "Twój region",
    "candor:TimeOfDay": "pora dnia",
    "pd:Age": "Twoja grupa wiekowa",
    "pd:EmailAddress": "Twój adres e-mail",
    "candor:Cart": "Twój koszyk",
    "candor:ConsentRecord": "Twoje ustawienia prywatności",
    "pd:Health": "zdrowie",
    "pd:Religion": "przekonania religijne lub światopoglądowe",
    "pd:Sexuality": "seksualność lub orientacja seksualna",
    "pd:PoliticalOpinion": "poglądy polityczne",
    "pd:EthnicOrigin": "pochodzenie rasowe lub etniczne",
    "pd:Biometric": "dane biometryczne",
    "pd:Genetic": "dane genetyczne",
    "pd:TradeUnionMembership": "przynależność do związków zawodowych",
    "candor:UnclassifiedSpecialCategory": "inne informacje wrażliwe",
  },
};

/** Polish (polski): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Ustawienia prywatności",
  privacySettings: "Ustawienia prywatności",
  doNotSell: "Nie sprzedawaj ani nie udostępniaj moich danych osobowych",
  gpcHonored: "Sprzeciw uwzględniony",
  optedOut: "Gotowe: Twoje dane osobowe nie są już sprzedawane ani udostępniane.",
};

/** Polish (polski): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Ogranicz wykorzystywanie moich wrażliwych danych osobowych",
  limitSensitiveOn: "Twoje wrażliwe dane osobowe nie są wykorzystywane do rekomendacji.",
};

/** Polish (polski): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Ustawienia rekomendacji",
  settingsToggle: "Ustawienia rzędu",
  personalized: "Spersonalizowane",
  notPersonalized: "Niespersonalizowane",
  variety: "Urozmaicenie",
  varietyHint: "Większe urozmaicenie dodaje inne kategorie, mniej znane produkty i niezależnych sprzedawców.",
  varietyValue: "{value}%",
  modePersonalized: "Spersonalizowane: wykorzystuje tylko dane, na które pozwalasz.",
  modeNotPersonalizedChosen:
    "Niespersonalizowane, zgodnie z Twoim wyborem: popularne produkty, bez wykorzystania danych osobowych.",
  modeNotPersonalizedConsent:
    "Niespersonalizowane: personalizacja nie została przez Ciebie dozwolona, więc nie są wykorzystywane żadne dane osobowe.",
  modeNotPersonalizedOther:
    "Obecnie niespersonalizowane: popularne produkty, bez wykorzystania danych osobowych.",
  empty: "Obecnie nie ma tu nic do polecenia.",
  personalizedNeedsConsent: "Aby spersonalizować ten rząd, zezwól na to w ustawieniach prywatności.",
  personalizedUnavailable: "Personalizacja jest obecnie niedostępna dla tego rzędu.",
  updated: "Gotowe: rekomendacje zostały zaktualizowane.",
};

/** Polish (polski): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Dlaczego to widzę?",
  about: "O produkcie {item}",
  reasonsHeading: "Dlaczego jest wyświetlany",
  reasonShare: "{share} wyniku",
  effectsHeading: "Jak zrównoważono listę",
  dataHeading: "Wykorzystane Twoje dane",
  noPersonalData: "Nie wykorzystano żadnych Twoich danych osobowych.",
  legalBasis: "Podstawa prawna",
  basisConsent: "{purpose}: Twoja zgoda",
  controlsHeading: "Zmień to, co widzisz",
  close: "Zamknij",
};

/** Polish (polski): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Popularne w regionie: {region}",
  device: "Popularne wśród klientów korzystających z urządzenia: {device}",
  daypart: "Popularne {daypart}",
  devices: {
    mobile: "telefon",
    desktop: "komputer",
    tablet: "tablet",
  },
  dayparts: {
    morning: "rano",
    afternoon: "po południu",
    evening: "wieczorem",
    night: "w nocy",
  },
  regions: {
    "US-CA": "Kalifornia",
  },
};

/** Polish (polski): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "Twoje rekomendacje obejmują {covered} z {total, plural, one {# działu} few {# działów} many {# działów} other {# działu}}.",
  none: "Nie wyświetlono Ci jeszcze żadnych rekomendacji.",
  missing: "Ostatnio niewyświetlane: {departments}.",
};

/** Polish (polski): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Moje dane",
  intro:
    "Pobierz w formacie JSON wszystko, co ten sklep przechowuje na Twój temat, albo to usuń: Twoją aktywność, rejestr Twoich zgód i to, co z nich wywnioskowano.",
  stored: {
    heading: "Co ten sklep przechowuje na Twój temat",
    loading: "Sprawdzamy, co jest przechowywane…",
    events:
      "{count, plural, one {# Twoje działanie w tym sklepie:} few {# Twoje działania w tym sklepie:} many {# Twoich działań w tym sklepie:} other {# Twojego działania w tym sklepie:}}",
    noEvents: "Nie przechowujemy żadnej Twojej aktywności.",
    eventKind: "{kind}: {count} (od {first} do {last})",
    kinds: {
      view: "Obejrzane produkty",
      add_to_cart: "Dodane do koszyka",
      purchase: "Zakupy",
      rating: "Oceny",
      search: "Wyszukiwania",
      dismiss: "Oznaczone jako nieinteresujące",
    },
    consentHeading: "Historia Twoich ustawień prywatności",
    noConsent: "Nie dokonano jeszcze wyboru.",
    consentEvent: "{date}: {type}. Włączone: {granted}.",
    consentTypes: {
      given: "wybór zapisany",
      refused: "odmowa",
      withdrawn: "wycofanie",
      expired: "wygaśnięcie",
      "gpc-honored": "uwzględniono Global Privacy Control",
      notified: "wyświetlono informację",
      "notice-changed": "zmieniono informację",
    },
    nothingGranted: "nic",
    derivedHeading: "Co z tego wywnioskowano",
    noDerived: "Bez przechowywanej aktywności nic nie jest wnioskowane.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Eksportuj moje dane (JSON)",
  exported:
    "Eksport jest gotowy: {events, plural, one {# zdarzenie} few {# zdarzenia} many {# zdarzeń} other {# zdarzenia}} i rejestr zgód z {consentEvents, plural, one {# wpisem} few {# wpisami} many {# wpisami} other {# wpisu}}.",
  eraseButton: "Usuń wszystko",
  eraseConfirmTitle: "Usunąć wszystko?",
  eraseConfirmText:
    "Spowoduje to usunięcie Twojej aktywności, rejestru Twoich zgód i wszystkiego, co z nich wywnioskowano. Tej operacji nie można cofnąć.",
  eraseConfirm: "Tak, usuń wszystko",
  cancel: "Anuluj",
  erased: "Wszystko zostało usunięte. Zachowaj to potwierdzenie jako dowód usunięcia.",
  receiptTitle: "Potwierdzenie usunięcia",
  downloadReceipt: "Pobierz potwierdzenie",
  receipt: {
    erasedAt: "Usunięto dnia",
    subject: "Pseudonim",
    events: "Usunięte działania",
    consentEvents: "Usunięte ustawienia prywatności",
    also: "Usunięto również",
    proof: "Skrót usuniętych rekordów",
  },
  failed: "Coś poszło nie tak: {message}",
};

/** Polish (polski): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Centrum prywatności",
  choicesHeading: "Twój wybór",
  rules: "Obowiązujące zasady: {rules}.",
  regimes: {
    gdpr: "RODO i ePrivacy (nic nie jest wykorzystywane bez Twojego pozwolenia)",
    cpra: "CCPA/CPRA (personalizacja do czasu Twojego sprzeciwu; dane wrażliwe tylko za Twoim pozwoleniem)",
    "opt-in": "nic nie jest wykorzystywane bez Twojego pozwolenia",
    "opt-out": "personalizacja do czasu Twojego sprzeciwu",
    strictest:
      "najsurowsze zasady, ponieważ Twój region jest nieznany (nic nie jest wykorzystywane bez Twojego pozwolenia)",
  },
  chosen: "Wybrano {date}; zapytamy ponownie po {expires}.",
  notChosen: "Nie dokonano jeszcze wyboru: wykorzystywane jest tylko to, czego sklep potrzebuje.",
  defaults: "Nie dokonano jeszcze wyboru: obowiązują domyślne ustawienia tych zasad, wymienione poniżej.",
  minor:
    "Osoba niepełnoletnia: reklamy oparte na profilowaniu oraz sprzedaż i udostępnianie danych są wyłączone.",
  gpc: "Global Privacy Control jest włączone.",
  gpcHonored: "Global Privacy Control jest włączone i zostało uwzględnione.",
  limited: "Wykorzystywanie Twoich wrażliwych danych osobowych jest ograniczone.",
  change: "Zmień swój wybór",
  on: "Włączone",
  off: "Wyłączone",
  receiptHeading: "Potwierdzenie zgody",
  receiptIntro:
    "Potwierdzenie zgody w formacie Kantara (v1.1) dla Twojego obowiązującego wyboru z {date}: {purposes}.",
  receiptNone: "Nie ma jeszcze potwierdzenia: nie dokonano wyboru.",
  nothingGranted: "nic",
  showReceipt: "Pokaż potwierdzenie jako JSON",
  downloadReceipt: "Pobierz potwierdzenie zgody",
  howHeading: "Jak działają rekomendacje",
  summary:
    "Produkty są szeregowane przez zsumowanie poniższych sygnałów z podanymi wagami. Produkty, których nie można Ci sprzedać (niedostępne, bez wysyłki do Twojego regionu, z ograniczeniem wiekowym), nigdy nie są wyświetlane.",
  reranked:
    "Następnie lista jest równoważona pod kątem urozmaicenia i uczciwości wobec niezależnych sprzedawców.",
  parametersHeading: "Główne parametry, od najważniejszego",
  importance: {
    main: "główny",
    supporting: "pomocniczy",
    minor: "drugorzędny",
  },
  parameters: {
    hybrid:
      "Wiedza od wielu klientów: model tego, które produkty występują razem w historii wielu klientów (tylko powiązania wspólne dla co najmniej pięciu klientów i tylko wtedy, gdy pozwalasz na uczenie się od podobnych klientów).",
    itemKnn:
      "Klienci, którzy to kupili, kupili też: co później kupili klienci, którzy kupili lub oglądali te same produkty co Ty (tylko powiązania wspólne dla co najmniej pięciu klientów i tylko wtedy, gdy pozwalasz na uczenie się od podobnych klientów).",
    ease: "Produkty, które do siebie pasują: model statystyczny oparty na historii wielu klientów (tylko wtedy, gdy pozwalasz na uczenie się od podobnych klientów).",
    content:
      "Podobne produkty: jak bardzo produkt przypomina to, co tu oglądasz lub kupujesz, pod względem słów, kategorii, marki i przedziału cenowego.",
    session: "Ta wizyta: to, co oglądasz w tej chwili.",
    search:
      "Twoje wyszukiwania: słowa wyszukiwane przez Ciebie w tym sklepie, dopasowane do produktów (tylko wtedy, gdy pozwalasz na rekomendacje na podstawie oglądanych produktów).",
    context:
      "Urządzenie, pora dnia i region: to, co jest popularne na Twoim typie urządzenia, o tej porze dnia lub w Twoim regionie (tylko wtedy, gdy pozwalasz na kontekst).",
    popularity:
      "Popularność: ilu klientów wybrało ostatnio dany produkt (jedyne, czego używają rekomendacje niespersonalizowane).",
    editorial: "Wybór naszego zespołu: produkty wyróżnione przez nasz zespół.",
  },
  optionsHeading: "Co możesz zmienić",
  options: [
    "Spersonalizowane lub Niespersonalizowane, w „Ustawieniach rzędu” przy każdym rzędzie rekomendacji: wersja niespersonalizowana nie wykorzystuje danych osobowych, tylko popularność i wybór naszego zespołu.",
    "Ustawienia prywatności: włączaj lub wyłączaj każdy rodzaj personalizacji w dowolnym momencie.",
    "Dlaczego to widzę?: przy każdym polecanym produkcie, z przyciskami, aby przestać wykorzystywać oglądany produkt, wskazać brak zainteresowania lub wyłączyć rodzaj personalizacji.",
    "Urozmaicenie: suwak w „Ustawieniach rzędu” przy każdym rzędzie rekomendacji, który równoważy bliskość Twoim zainteresowaniom z urozmaiceniem, mniej znanymi produktami i niezależnymi sprzedawcami.",
  ],
  protectionsHeading: "Zawsze obowiązuje",
  protections: [
    "Produkty wrażliwe (na przykład z apteki i związane ze zdrowiem, religią, polityką) nigdy nie są promowane na podstawie Twojej aktywności, chyba że udzielono wyraźnej zgody na wykorzystanie danych wrażliwych.",
    "Każdy rodzaj personalizacji wykorzystuje tylko własne dane: oglądane produkty tylko wtedy, gdy pozwalasz na rekomendacje na podstawie oglądanych produktów, zakupy tylko wtedy, gdy pozwalasz na rekomendacje na podstawie Twoich zakupów.",
    "Osoby niepełnoletnie nie otrzymują rekomendacji ani reklam opartych na profilowaniu.",
  ],
  myData: "Aby zobaczyć, pobrać lub usunąć wszystko, przejdź do: {link}.",
  myDataLink: "Moje dane",
};

/** Polish (polski): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Konsola audytu",
  verifyLog: "Zweryfikuj dziennik",
  verifying: "Weryfikowanie…",
  logVerified: "Dziennik zweryfikowany",
  logVerifiedDetail:
    "{size, plural, one {Sprawdzono # wpis; nie został zmieniony.} few {Sprawdzono # wpisy; żaden nie został zmieniony.} many {Sprawdzono # wpisów; żaden nie został zmieniony.} other {Sprawdzono # wpisu; żaden nie został zmieniony.}}",
  logVerifiedKinds:
    "Sprawdzono {size, plural, one {# wpis} few {# wpisy} many {# wpisów} other {# wpisu}} ({served, plural, one {# wyświetlony produkt} few {# wyświetlone produkty} many {# wyświetlonych produktów} other {# wyświetlonego produktu}}, {consent, plural, one {# zdarzenie zgody} few {# zdarzenia zgody} many {# zdarzeń zgody} other {# zdarzenia zgody}}, {notices, plural, one {# informacja} few {# informacje} many {# informacji} other {# informacji}}); żaden nie został zmieniony.",
  tampered: "Wykryto manipulację we wpisie {index}",
  failed: "Coś poszło nie tak: {message}",
  logHeading: "Dziennik wyjaśnień",
  chartsHeading: "Widoczność i różnorodność",
  filters: "Filtry",
  filterSurface: "Miejsce",
  filterMode: "Tryb",
  filterSubject: "Osoba",
  filterSearch: "Szukaj",
  filterAll: "Wszystkie",
  personalized: "Spersonalizowane",
  notPersonalized: "Niespersonalizowane",
  entriesShown: "{shown} z {total, plural, one {# wpisu} few {# wpisów} many {# wpisów} other {# wpisu}}",
  noEntries: "Brak pasujących wpisów.",
  logEmpty:
    "Na tym urządzeniu nic jeszcze nie wyświetlono. Otwórz stronę główną sklepu lub produkt; każda wyświetlona rekomendacja jest tu rejestrowana.",
  pageOf: "Strona {page} z {pages}",
  previous: "Poprzednia",
  next: "Następna",
  columns: {
    index: "Wpis",
    time: "Czas",
    subject: "Osoba",
    surface: "Miejsce",
    rank: "Pozycja",
    item: "Produkt",
    mode: "Tryb",
    reason: "Wyjaśnienie",
    basis: "Podstawa",
  },
  exportJson: "Eksportuj JSON",
  exportCsv: "Eksportuj CSV",
  exposureTitle: "Widoczność według grupy sprzedawców",
  exposureDescription: "Widoczność ważona pozycją, 1 / log2(pozycja + 1), wyświetlonych produktów.",
  diversityTitle: "Kategorie na listę",
  diversityAxisY: "Kategorie",
  diversityAxisX: "Listy, najnowsza po prawej",
  diversityDescription:
    "Średnio {mean} różnych kategorii na listę, w {slates, plural, one {# liście} few {# listach} many {# listach} other {# listy}}.",
};

/** Polish (polski): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Widoki audytu",
  tabLog: "Dziennik",
  tabMeasurement: "Pomiar",
  loading: "Obliczanie pomiaru…",
  failed: "Nie udało się obliczyć pomiaru: {message}",
  summaryHeading: "Podsumowanie",
  raised:
    "Personalizacja zwiększyła współczynnik klikalności o {lift} (PU {confidence}: od {low} do {high}) w porównaniu z niespersonalizowaną grupą kontrolną.",
  lowered:
    "Personalizacja zmniejszyła współczynnik klikalności o {lift} (PU {confidence}: od {low} do {high}) w porównaniu z niespersonalizowaną grupą kontrolną.",
  noDifference:
    "Brak istotnej różnicy we współczynniku klikalności między personalizacją a niespersonalizowaną grupą kontrolną (wzrost {lift}, PU {confidence}: od {low} do {high}).",
  noData: "Za mało danych, aby porównać współczynnik klikalności między grupami.",
  liftHeading: "Wzrost względem grupy kontrolnej",
  liftTitle: "Wzrost dzięki personalizacji względem niespersonalizowanej grupy kontrolnej",
  liftDescription:
    "Względny wzrost każdego wskaźnika na odwiedzającego z przedziałem ufności {confidence}; linia oznacza 0 % (brak różnicy).",
  liftCaption: "Wskaźniki na odwiedzającego: {treatment} wobec {control}",
  metrics: {
    click: "Klikalność",
    addToCart: "Dodanie do koszyka",
    conversion: "Konwersja",
    firstDayEngagement: "Zaangażowanie pierwszego dnia",
    repeatPurchase: "Ponowny zakup",
  },
  liftColumns: {
    metric: "Miara",
    control: "Kontrola",
    treatment: "Wariant testowy",
    lift: "Wzrost",
    interval: "Przedział ufności",
    pValue: "wartość p",
  },
  rateCell: "{rate} ({successes} z {visitors})",
  undefinedLift: "za mało danych",
  driftHeading: "Dryf",
  driftTitle: "Klikalność w grupie {arm} w czasie",
  driftDescription:
    "Krocząca klikalność na godzinę wobec poziomu bazowego {baseline} i progu dryfu {line}; {events, plural, one {# zdarzenie dryfu} few {# zdarzenia dryfu} many {# zdarzeń dryfu} other {# zdarzenia dryfu}}.",
  baseline: "Poziom bazowy",
  driftLine: "Próg dryfu",
  eventsCaption: "Zdarzenia dryfu",
  eventColumns: {
    time: "Czas",
    metric: "Miara",
    arm: "Grupa",
    baseline: "Poziom bazowy",
    observed: "Zaobserwowano",
    drop: "Spadek",
  },
  noEvents: "Nie wykryto dryfu.",
};

/** Polish (polski): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Bańka filtrująca",
  title: "Bańka filtrująca",
  summary:
    "W ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}} entropia kategorii wyświetlanych każdemu klientowi zmieniła się z {first} na {last} bitów; ostatniego dnia {outside} tego, co widzieli powracający klienci, wykraczało poza kategorie wyświetlone im na początku.",
  entropyChart: "Urozmaicenie na klienta (entropia, bity) i udział spoza pierwszych kategorii, dziennie",
  providerChart: "Widoczność według dostawcy, dziennie",
  day: "Dzień",
  slates: "Listy",
  entropy: "Entropia na klienta (bity)",
  outside: "Spoza pierwszych kategorii",
  providerGini: "Współczynnik Giniego dostawców",
  empty: "W dzienniku nie ma jeszcze wyświetlonych list: przejrzyj sklep i wróć tutaj.",
};
