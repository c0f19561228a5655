/** Czech (čeština) UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs; plurals through `Intl.PluralRules`). */
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

/** Czech (čeština): the consent banner (`ConsentBanner`). */
export const banner: BannerTexts = {
  title: "Vaše nastavení soukromí",
  optIn:
    "Rádi bychom používali vaši aktivitu v tomto obchodě k personalizaci toho, co vidíte. Dokud se nerozhodnete, nepoužívá se nic osobního, a obchod v každém případě plně funguje.",
  optOut:
    "Vaši aktivitu v tomto obchodě používáme k personalizaci toho, co vidíte, a sdílíme ji pro personalizovanou reklamu, pokud to neodmítnete. Citlivé osobní údaje používáme jen s vaším svolením. Obchod v každém případě plně funguje.",
  purposes: "Na co se ptáme: {purposes}.",
  privacyPolicy: "Zásady ochrany osobních údajů",
  acceptAll: "Přijmout vše",
  rejectAll: "Odmítnout vše",
  customize: "Upravit",
  doNotSell: "Neprodávat ani nesdílet mé osobní údaje",
  limitSensitive: "Omezit používání mých citlivých osobních údajů",
};

/** Czech (čeština): the privacy settings (`PrivacySettings`). */
export const settings: SettingsTexts = {
  title: "Nastavení soukromí",
  intro: "Zvolte, co se smí používat. Kdykoli to můžete změnit v zápatí stránky.",
  save: "Uložit volby",
  close: "Zavřít",
  alwaysOn: "Vždy zapnuto",
  on: "Zapnuto",
  off: "Vypnuto",
  acceptAll: "Přijmout vše",
  rejectAll: "Odmítnout vše",
  dataUsed: "Použité údaje",
  legalBasis: "Právní základ",
  bases: {
    consent: "váš souhlas",
    "explicit-consent": "váš výslovný souhlas",
    contract: "nezbytné pro poskytování služeb obchodu",
    "legal-obligation": "právní povinnost",
    "legitimate-interest": "oprávněný zájem",
  },
};

/** Czech (čeština): the names of data categories. */
export const categories: CategoryTexts = {
  names: {
    "pd:BrowsingBehavior": "co si prohlížíte a na co klikáte",
    "pd:SearchHistory": "co hledáte",
    "pd:Purchase": "co kupujete",
    "pd:Rating": "vaše hodnocení",
    "pd:DeviceBased": "typ vašeho zařízení",
    "pd:Location": "váš region",
    "candor:TimeOfDay": "denní doba",
    "pd:Age": "vaše věková skupina",
    "pd:EmailAddress": "vaše e-mailová adresa",
    "candor:Cart": "váš košík",
    "candor:ConsentRecord": "vaše nastavení soukromí",
    "pd:Health": "zdravotní stav",
    "pd:Religion": "náboženské vyznání či filozofické přesvědčení",
    "pd:Sexuality": "sexuální život nebo sexuální orientace",
    "pd:PoliticalOpinion": "politické názory",
    "pd:EthnicOrigin": "rasový či etnický původ",
    "pd:Biometric": "biometrické údaje",
    "pd:Genetic": "genetické údaje",
    "pd:TradeUnionMembership": "členství v odborech",
    "candor:UnclassifiedSpecialCategory": "jiné citlivé údaje",
  },
};

/** Czech (čeština): the privacy footer (`PrivacyFooter`). */
export const footer: FooterTexts = {
  regionLabel: "Nastavení soukromí",
  privacySettings: "Nastavení soukromí",
  doNotSell: "Neprodávat ani nesdílet mé osobní údaje",
  gpcHonored: "Žádosti o nesouhlas bylo vyhověno",
  optedOut: "Hotovo: vaše osobní údaje se již neprodávají ani nesdílejí.",
};

/** Czech (čeština): the sensitive-data limit (`SensitiveLimit`). */
export const sensitive: SensitiveTexts = {
  limitSensitive: "Omezit používání mých citlivých osobních údajů",
  limitSensitiveOn: "Vaše citlivé osobní údaje se pro doporučení nepoužívají.",
};

/** Czech (čeština): a recommendation row and its settings. */
export const row: RowTexts = {
  settings: "Nastavení doporučení",
  settingsToggle: "Nastavení řady",
  personalized: "Personalizované",
  notPersonalized: "Nepersonalizované",
  variety: "Pestrost",
  varietyHint: "Větší pestrost přimíchá další kategorie, méně známé produkty a nezávislé prodejce.",
  varietyValue: "{value} %",
  modePersonalized: "Personalizované: používá jen údaje, které máte povolené.",
  modeNotPersonalizedChosen:
    "Nepersonalizované podle vaší volby: oblíbené produkty, nepoužívají se žádné osobní údaje.",
  modeNotPersonalizedConsent:
    "Nepersonalizované: personalizaci nemáte povolenou, proto se nepoužívají žádné osobní údaje.",
  modeNotPersonalizedOther:
    "Momentálně nepersonalizované: oblíbené produkty, nepoužívají se žádné osobní údaje.",
  empty: "Momentálně zde není co doporučit.",
  personalizedNeedsConsent: "Chcete-li tuto řadu personalizovat, povolte to v nastavení soukromí.",
  personalizedUnavailable: "Personalizace teď pro tuto řadu není k dispozici.",
  updated: "Hotovo: doporučení jsou aktualizována.",
};

/** Czech (čeština): the explanation dialog (`WhyAmISeeingThis`). */
export const why: WhyTexts = {
  button: "Proč to vidím?",
  about: "O produktu {item}",
  reasonsHeading: "Proč se zobrazuje",
  reasonShare: "{share} skóre",
  effectsHeading: "Jak byl seznam vyvážen",
  dataHeading: "Použité údaje o vás",
  noPersonalData: "Nebyly použity žádné vaše osobní údaje.",
  legalBasis: "Právní základ",
  basisConsent: "{purpose}: váš souhlas",
  controlsHeading: "Změňte, co vidíte",
  close: "Zavřít",
};

/** Czech (čeština): context reasons in plain words. */
export const context: ContextTexts = {
  region: "Oblíbené v regionu {region}",
  device: "Oblíbené u zákazníků, kteří používají {device}",
  daypart: "Oblíbené {daypart}",
  devices: {
    mobile: "telefon",
    desktop: "počítač",
    tablet: "tablet",
  },
  dayparts: {
    morning: "ráno",
    afternoon: "odpoledne",
    evening: "večer",
    night: "v noci",
  },
  regions: {
    "US-CA": "Kalifornie",
  },
};

/** Czech (čeština): the feed-width note (`FeedWidthNote`). */
export const feedWidth: FeedWidthTexts = {
  covered:
    "Vaše doporučení pokrývají {covered} z {total, plural, one {# oddělení} few {# oddělení} many {# oddělení} other {# oddělení}}.",
  none: "Zatím vám nebyla zobrazena žádná doporučení.",
  missing: "V poslední době nezobrazeno: {departments}.",
};

/** Czech (čeština): My data (`MyData`). */
export const myData: MyDataTexts = {
  title: "Moje údaje",
  intro:
    "Stáhněte si ve formátu JSON vše, co o vás tento obchod uchovává, nebo to vymažte: vaši aktivitu, záznam vašich souhlasů a to, co z nich bylo odvozeno.",
  stored: {
    heading: "Co o vás tento obchod uchovává",
    loading: "Zjišťujeme, co je uloženo…",
    events:
      "{count, plural, one {# vaše činnost zde:} few {# vaše činnosti zde:} many {# vaší činnosti zde:} other {# vašich činností zde:}}",
    noEvents: "Není uložena žádná vaše aktivita.",
    eventKind: "{kind}: {count} (od {first} do {last})",
    kinds: {
      view: "Prohlížené produkty",
      add_to_cart: "Přidáno do košíku",
      purchase: "Nákupy",
      rating: "Hodnocení",
      search: "Vyhledávání",
      dismiss: "Označeno jako nezajímavé",
    },
    consentHeading: "Vaše nastavení soukromí v průběhu času",
    noConsent: "Zatím jste nic nezvolili.",
    consentEvent: "{date}: {type}. Zapnuto: {granted}.",
    consentTypes: {
      given: "volba uložena",
      refused: "odmítnuto",
      withdrawn: "odvoláno",
      expired: "platnost vypršela",
      "gpc-honored": "signálu Global Privacy Control vyhověno",
      notified: "oznámení zobrazeno",
      "notice-changed": "oznámení změněno",
    },
    nothingGranted: "nic",
    derivedHeading: "Co z toho bylo odvozeno",
    noDerived: "Bez uložené aktivity se nic neodvozuje.",
    derivedItem: "{name}: {value}",
  },
  exportButton: "Exportovat moje údaje (JSON)",
  exported:
    "Export je připraven: {events, plural, one {# událost} few {# události} many {# události} other {# událostí}} a záznam souhlasů s {consentEvents, plural, one {# položkou} few {# položkami} many {# položky} other {# položkami}}.",
  eraseButton: "Vymazat vše",
  eraseConfirmTitle: "Vymazat vše?",
  eraseConfirmText:
    "Tím se vymaže vaše aktivita, záznam vašich souhlasů a vše, co z nich bylo odvozeno. Tuto akci nelze vrátit.",
  eraseConfirm: "Ano, vymazat vše",
  cancel: "Zrušit",
  erased: "Vše je vymazáno. Uschovejte si toto potvrzení jako doklad o výmazu.",
  receiptTitle: "Potvrzení o výmazu",
  downloadReceipt: "Stáhnout potvrzení",
  receipt: {
    erasedAt: "Vymazáno dne",
    subject: "Pseudonym",
    events: "Vymazané činnosti",
    consentEvents: "Vymazané volby soukromí",
    also: "Také odstraněno",
    proof: "Otisk vymazaných záznamů",
  },
  failed: "Něco se pokazilo: {message}",
};

/** Czech (čeština): the privacy centre (`PrivacyCenter`). */
export const privacy: PrivacyTexts = {
  title: "Centrum soukromí",
  choicesHeading: "Vaše volby",
  rules: "Platná pravidla: {rules}.",
  regimes: {
    gdpr: "GDPR a ePrivacy (nic se nepoužívá, dokud to nepovolíte)",
    cpra: "CCPA/CPRA (personalizace, dokud ji neodmítnete; citlivé údaje jen s vaším svolením)",
    "opt-in": "nic se nepoužívá, dokud to nepovolíte",
    "opt-out": "personalizace, dokud ji neodmítnete",
    strictest: "nejpřísnější pravidla, protože váš region není znám (nic se nepoužívá, dokud to nepovolíte)",
  },
  chosen: "Zvoleno {date}; znovu se zeptáme po {expires}.",
  notChosen: "Zatím jste nic nezvolili: používá se jen to, co obchod potřebuje.",
  defaults: "Zatím jste nic nezvolili: platí výchozí nastavení těchto pravidel, jak je uvedeno níže.",
  minor: "Známá nezletilá osoba: reklama založená na profilování a prodej či sdílení jsou vypnuté.",
  gpc: "Global Privacy Control je zapnuto.",
  gpcHonored: "Global Privacy Control je zapnuto a bylo mu vyhověno.",
  limited: "Používání vašich citlivých osobních údajů je omezeno.",
  change: "Změnit volby",
  on: "Zapnuto",
  off: "Vypnuto",
  receiptHeading: "Potvrzení souhlasu",
  receiptIntro: "Potvrzení souhlasu podle Kantara (v1.1) pro vaši platnou volbu ze dne {date}: {purposes}.",
  receiptNone: "Zatím neexistuje žádné potvrzení: nic jste nezvolili.",
  nothingGranted: "nic",
  showReceipt: "Zobrazit potvrzení jako JSON",
  downloadReceipt: "Stáhnout potvrzení souhlasu",
  howHeading: "Jak doporučení fungují",
  summary:
    "Produkty se řadí sečtením níže uvedených signálů s uvedenými vahami. Produkty, které vám nelze prodat (vyprodané, bez doručení do vašeho regionu, s věkovým omezením), se nikdy nezobrazují.",
  reranked: "Poté se seznam vyvažuje kvůli pestrosti a férovosti vůči nezávislým prodejcům.",
  parametersHeading: "Hlavní parametry, od nejdůležitějšího",
  importance: {
    main: "hlavní",
    supporting: "podpůrný",
    minor: "vedlejší",
  },
  parameters: {
    hybrid:
      "Naučeno od mnoha zákazníků: model toho, které produkty patří k sobě v historii mnoha zákazníků (jen vazby sdílené nejméně pěti zákazníky a jen pokud povolíte učení od podobných zákazníků).",
    itemKnn:
      "Zákazníci, kteří koupili toto, koupili také: co si dále koupili zákazníci, kteří koupili nebo prohlíželi stejné produkty jako vy (jen vazby sdílené nejméně pěti zákazníky a jen pokud povolíte učení od podobných zákazníků).",
    ease: "Produkty, které k sobě patří: statistický model nad historií mnoha zákazníků (jen pokud povolíte učení od podobných zákazníků).",
    content:
      "Podobné produkty: jak blízko má produkt k tomu, co jste si zde prohlíželi nebo koupili, podle slov, kategorie, značky a cenové hladiny.",
    session: "Tato návštěva: co jste si právě prohlíželi.",
    search:
      "Vaše vyhledávání: slova, která jste zde hledali, porovnaná s produkty (jen pokud povolíte doporučení podle toho, co si prohlížíte).",
    context:
      "Zařízení, denní doba a region: co je oblíbené na vašem typu zařízení, v tuto denní dobu nebo ve vašem regionu (jen pokud povolíte kontext).",
    popularity:
      "Oblíbenost: kolik zákazníků si produkt nedávno vybralo (jediné, co používají nepersonalizovaná doporučení).",
    editorial: "Výběr našeho týmu: produkty, které náš tým vyzdvihuje.",
  },
  optionsHeading: "Co můžete změnit",
  options: [
    "Personalizované nebo Nepersonalizované, v části „Nastavení řady“ u každé řady doporučení: nepersonalizovaná varianta nepoužívá žádné osobní údaje, jen oblíbenost a výběr našeho týmu.",
    "Nastavení soukromí: každý druh personalizace můžete kdykoli zapnout nebo vypnout.",
    "Proč to vidím?: u každého doporučeného produktu, s ovládacími prvky, kterými přestanete používat prohlížený produkt, dáte najevo nezájem nebo vypnete druh personalizace.",
    "Pestrost: posuvník v části „Nastavení řady“ u každé řady doporučení, který vyvažuje blízkost vašim zájmům oproti pestrosti, méně známým produktům a nezávislým prodejcům.",
  ],
  protectionsHeading: "Platí vždy",
  protections: [
    "Citlivé produkty (například lékárna a zdraví, náboženství, politika) nikdy nejsou zvýhodněny na základě vaší vlastní aktivity, pokud jste neudělili výslovný souhlas pro citlivé údaje.",
    "Každý druh personalizace používá jen své vlastní údaje: vaše prohlížení jen pokud povolíte doporučení podle toho, co si prohlížíte, vaše nákupy jen pokud povolíte doporučení podle vašich nákupů.",
    "Známé nezletilé osoby nedostávají doporučení ani reklamu založené na profilování.",
  ],
  myData: "Chcete-li vše zobrazit, stáhnout nebo vymazat, přejděte na {link}.",
  myDataLink: "Moje údaje",
};

/** Czech (čeština): the audit console (`AuditConsole`). */
export const audit: AuditTexts = {
  title: "Auditní konzole",
  verifyLog: "Ověřit protokol",
  verifying: "Ověřování…",
  logVerified: "Protokol ověřen",
  logVerifiedDetail:
    "{size, plural, one {# záznam zkontrolován; nebyl změněn.} few {# záznamy zkontrolovány; žádný nebyl změněn.} many {# záznamu zkontrolováno; žádný nebyl změněn.} other {# záznamů zkontrolováno; žádný nebyl změněn.}}",
  logVerifiedKinds:
    "{size, plural, one {# záznam zkontrolován} few {# záznamy zkontrolovány} many {# záznamu zkontrolováno} other {# záznamů zkontrolováno}} ({served, plural, one {# zobrazená položka} few {# zobrazené položky} many {# zobrazené položky} other {# zobrazených položek}}, {consent, plural, one {# událost souhlasu} few {# události souhlasu} many {# události souhlasu} other {# událostí souhlasu}}, {notices, plural, one {# oznámení} few {# oznámení} many {# oznámení} other {# oznámení}}); žádný nebyl změněn.",
  tampered: "U záznamu {index} byla zjištěna manipulace",
  failed: "Něco se pokazilo: {message}",
  logHeading: "Protokol vysvětlení",
  chartsHeading: "Viditelnost a rozmanitost",
  filters: "Filtry",
  filterSurface: "Umístění",
  filterMode: "Režim",
  filterSubject: "Osoba",
  filterSearch: "Hledat",
  filterAll: "Vše",
  personalized: "Personalizované",
  notPersonalized: "Nepersonalizované",
  entriesShown:
    "{shown} z {total, plural, one {# záznamu} few {# záznamů} many {# záznamu} other {# záznamů}}",
  noEntries: "Žádné odpovídající záznamy.",
  logEmpty:
    "Na tomto zařízení zatím nebylo nic zobrazeno. Otevřete úvodní stránku obchodu nebo některý produkt; každé zobrazené doporučení se zde zaznamená.",
  pageOf: "Strana {page} z {pages}",
  previous: "Předchozí",
  next: "Další",
  columns: {
    index: "Záznam",
    time: "Čas",
    subject: "Osoba",
    surface: "Umístění",
    rank: "Pořadí",
    item: "Položka",
    mode: "Režim",
    reason: "Vysvětlení",
    basis: "Základ",
  },
  exportJson: "Exportovat JSON",
  exportCsv: "Exportovat CSV",
  exposureTitle: "Viditelnost podle skupiny prodejců",
  exposureDescription: "Viditelnost vážená pozicí, 1 / log2(pořadí + 1), zobrazených položek.",
  diversityTitle: "Kategorie na seznam",
  diversityAxisY: "Kategorie",
  diversityAxisX: "Seznamy, nejnovější vpravo",
  diversityDescription:
    "V průměru {mean} různých kategorií na seznam, celkem {slates, plural, one {# seznam} few {# seznamy} many {# seznamu} other {# seznamů}}.",
};

/** Czech (čeština): the audit console's Measurement tab. */
export const measure: MeasureTexts = {
  tabsLabel: "Auditní pohledy",
  tabLog: "Protokol",
  tabMeasurement: "Měření",
  loading: "Počítá se měření…",
  failed: "Měření se nepodařilo spočítat: {message}",
  summaryHeading: "Souhrn",
  raised:
    "Personalizace zvýšila míru prokliku o {lift} ({confidence} IS {low} až {high}) oproti nepersonalizované kontrolní skupině.",
  lowered:
    "Personalizace snížila míru prokliku o {lift} ({confidence} IS {low} až {high}) oproti nepersonalizované kontrolní skupině.",
  noDifference:
    "Žádný významný rozdíl v míře prokliku mezi personalizací a nepersonalizovanou kontrolní skupinou (nárůst {lift}, {confidence} IS {low} až {high}).",
  noData: "Zatím není dost údajů pro porovnání míry prokliku mezi skupinami.",
  liftHeading: "Nárůst oproti kontrolní skupině",
  liftTitle: "Nárůst díky personalizaci oproti nepersonalizované kontrolní skupině",
  liftDescription:
    "Relativní nárůst každé míry na návštěvníka s {confidence} intervalem spolehlivosti; čára označuje 0 % (žádný rozdíl).",
  liftCaption: "Míry na návštěvníka: {treatment} oproti {control}",
  metrics: {
    click: "Míra prokliku",
    addToCart: "Přidání do košíku",
    conversion: "Konverze",
    firstDayEngagement: "Zapojení první den",
    repeatPurchase: "Opakovaný nákup",
  },
  liftColumns: {
    metric: "Metrika",
    control: "Kontrola",
    treatment: "Testovaná varianta",
    lift: "Nárůst",
    interval: "Interval spolehlivosti",
    pValue: "p-hodnota",
  },
  rateCell: "{rate} ({successes} z {visitors})",
  undefinedLift: "zatím nedostatek údajů",
  driftHeading: "Drift",
  driftTitle: "Míra prokliku skupiny {arm} v čase",
  driftDescription:
    "Klouzavá míra prokliku za hodinu oproti výchozí úrovni {baseline} a hranici driftu {line}; {events, plural, one {# událost driftu} few {# události driftu} many {# události driftu} other {# událostí driftu}}.",
  baseline: "Výchozí úroveň",
  driftLine: "Hranice driftu",
  eventsCaption: "Události driftu",
  eventColumns: {
    time: "Čas",
    metric: "Metrika",
    arm: "Skupina",
    baseline: "Výchozí úroveň",
    observed: "Pozorováno",
    drop: "Pokles",
  },
  noEvents: "Žádný drift nebyl zjištěn.",
};

/** Czech (čeština): the audit console's Filter bubble tab. */
export const bubble: BubbleTexts = {
  tab: "Filtrační bublina",
  title: "Filtrační bublina",
  summary:
    "Za {days, plural, one {# den} few {# dny} many {# dne} other {# dní}} se entropie kategorií zobrazovaných jednotlivým zákazníkům změnila z {first} na {last} bitů; poslední den leželo {outside} toho, co viděli vracející se zákazníci, mimo kategorie, které jim byly zobrazeny nejdříve.",
  entropyChart: "Pestrost na zákazníka (entropie, bity) a podíl mimo první kategorie, po dnech",
  providerChart: "Viditelnost podle poskytovatele, po dnech",
  day: "Den",
  slates: "Seznamy",
  entropy: "Entropie na zákazníka (bity)",
  outside: "Mimo první kategorie",
  providerGini: "Giniho koeficient poskytovatelů",
  empty: "V protokolu zatím nejsou žádné zobrazené seznamy: projděte si obchod a pak se vraťte.",
};
