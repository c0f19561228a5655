// Converts a flat UI table in the shape of the former `@candor/preact` `Messages` (one object per language, e.g.
// `export const de: Messages = { bannerTitle: …, stored: { … } }`) into `packages/core/src/ui/locales/<lang>.ts`,
// one named export per component group (banner, settings, …), then formats it with biome.
//
//   node scripts/ui-locale-from-table.mjs <lang> <flat-file> [--out <dir>]   converts one language
//   node scripts/ui-locale-from-table.mjs --loaders [--out <dir>]           rewrites loaders.ts from the files present
//
// The mapping (MAP below) is total and mechanical: every text of a group names the flat key it comes from; a flat key
// no group names is ignored; a missing flat key is an error naming it, and nothing is written.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Where the locale files live unless `--out` says otherwise. */
export const defaultOut = join(root, "packages/core/src/ui/locales");

/** The same key in a flat subtree (`prefix.key`), for each of `keys`. */
const from = (prefix, keys) =>
  Object.fromEntries(keys.map((key) => [key, prefix ? `${prefix}.${key}` : key]));

/**
 * Group → text → the flat key (a dotted path) it is taken from. Nested objects and tables are copied whole.
 * Group order is the order of the exports in the written file.
 */
export const MAP = {
  banner: {
    title: "bannerTitle",
    optIn: "bannerOptIn",
    optOut: "bannerOptOut",
    purposes: "bannerPurposes",
    privacyPolicy: "privacyPolicy",
    acceptAll: "acceptAll",
    rejectAll: "rejectAll",
    customize: "customize",
    doNotSell: "doNotSell",
    limitSensitive: "limitSensitive",
  },
  settings: {
    title: "settingsTitle",
    intro: "settingsIntro",
    save: "save",
    close: "close",
    alwaysOn: "alwaysOn",
    on: "on",
    off: "off",
    acceptAll: "acceptAll",
    rejectAll: "rejectAll",
    dataUsed: "dataUsed",
    legalBasis: "legalBasis",
    bases: "bases",
  },
  categories: { names: "dataCategories" },
  footer: {
    regionLabel: "regionLabel",
    privacySettings: "privacySettingsLink",
    doNotSell: "doNotSell",
    gpcHonored: "gpcHonored",
    optedOut: "optedOut",
  },
  sensitive: { limitSensitive: "limitSensitive", limitSensitiveOn: "limitSensitiveOn" },
  row: {
    settings: "rowSettings",
    settingsToggle: "rowSettingsToggle",
    personalized: "personalized",
    notPersonalized: "notPersonalized",
    variety: "variety",
    varietyHint: "varietyHint",
    varietyValue: "varietyValue",
    modePersonalized: "modePersonalized",
    modeNotPersonalizedChosen: "modeNotPersonalizedChosen",
    modeNotPersonalizedConsent: "modeNotPersonalizedConsent",
    modeNotPersonalizedOther: "modeNotPersonalizedOther",
    empty: "emptyRow",
    personalizedNeedsConsent: "personalizedNeedsConsent",
    personalizedUnavailable: "personalizedUnavailable",
    updated: "updated",
  },
  why: {
    button: "whyButton",
    about: "whyAbout",
    reasonsHeading: "reasonsHeading",
    reasonShare: "reasonShare",
    effectsHeading: "effectsHeading",
    dataHeading: "dataHeading",
    noPersonalData: "noPersonalData",
    legalBasis: "legalBasis",
    basisConsent: "basisConsent",
    controlsHeading: "controlsHeading",
    close: "close",
  },
  context: from("context", ["region", "device", "daypart", "devices", "dayparts", "regions"]),
  feedWidth: from("feedWidth", ["covered", "none", "missing"]),
  myData: {
    title: "myDataTitle",
    intro: "myDataIntro",
    stored: "stored",
    ...from("", [
      "exportButton",
      "exported",
      "eraseButton",
      "eraseConfirmTitle",
      "eraseConfirmText",
      "eraseConfirm",
      "cancel",
      "erased",
      "receiptTitle",
      "downloadReceipt",
      "receipt",
      "failed",
    ]),
  },
  privacy: {
    ...from("privacy", [
      "title",
      "choicesHeading",
      "rules",
      "regimes",
      "chosen",
      "notChosen",
      "defaults",
      "minor",
      "gpc",
      "gpcHonored",
      "limited",
      "change",
    ]),
    on: "on",
    off: "off",
    ...from("privacy", ["receiptHeading", "receiptIntro", "receiptNone"]),
    nothingGranted: "stored.nothingGranted",
    ...from("privacy", [
      "showReceipt",
      "downloadReceipt",
      "howHeading",
      "summary",
      "reranked",
      "parametersHeading",
      "importance",
      "parameters",
      "optionsHeading",
      "options",
      "protectionsHeading",
      "protections",
      "myData",
      "myDataLink",
    ]),
  },
  audit: {
    title: "auditTitle",
    ...from("", [
      "verifyLog",
      "verifying",
      "logVerified",
      "logVerifiedDetail",
      "logVerifiedKinds",
      "tampered",
      "failed",
      "logHeading",
      "chartsHeading",
      "filters",
      "filterSurface",
      "filterMode",
      "filterSubject",
      "filterSearch",
      "filterAll",
      "personalized",
      "notPersonalized",
      "entriesShown",
      "noEntries",
      "logEmpty",
      "pageOf",
      "previous",
      "next",
      "columns",
      "exportJson",
      "exportCsv",
      "exposureTitle",
      "exposureDescription",
      "diversityTitle",
      "diversityAxisY",
      "diversityAxisX",
      "diversityDescription",
    ]),
  },
  measure: from("measure", [
    "tabsLabel",
    "tabLog",
    "tabMeasurement",
    "loading",
    "failed",
    "summaryHeading",
    "raised",
    "lowered",
    "noDifference",
    "noData",
    "liftHeading",
    "liftTitle",
    "liftDescription",
    "liftCaption",
    "metrics",
    "liftColumns",
    "rateCell",
    "undefinedLift",
    "driftHeading",
    "driftTitle",
    "driftDescription",
    "baseline",
    "driftLine",
    "eventsCaption",
    "eventColumns",
    "noEvents",
  ]),
  bubble: from("bubble", [
    "tab",
    "title",
    "summary",
    "entropyChart",
    "providerChart",
    "day",
    "slates",
    "entropy",
    "outside",
    "providerGini",
    "empty",
  ]),
};

/** The TypeScript interface of each group (in `packages/core/src/ui/texts.ts`). */
const TYPES = {
  banner: "BannerTexts",
  settings: "SettingsTexts",
  categories: "CategoryTexts",
  footer: "FooterTexts",
  sensitive: "SensitiveTexts",
  row: "RowTexts",
  why: "WhyTexts",
  context: "ContextTexts",
  feedWidth: "FeedWidthTexts",
  myData: "MyDataTexts",
  privacy: "PrivacyTexts",
  audit: "AuditTexts",
  measure: "MeasureTexts",
  bubble: "BubbleTexts",
};

/** What each group is for, in the written file's JSDoc. */
const PURPOSE = {
  banner: "the consent banner (`ConsentBanner`)",
  settings: "the privacy settings (`PrivacySettings`)",
  categories: "the names of data categories",
  footer: "the privacy footer (`PrivacyFooter`)",
  sensitive: "the sensitive-data limit (`SensitiveLimit`)",
  row: "a recommendation row and its settings",
  why: "the explanation dialog (`WhyAmISeeingThis`)",
  context: "context reasons in plain words",
  feedWidth: "the feed-width note (`FeedWidthNote`)",
  myData: "My data (`MyData`)",
  privacy: "the privacy centre (`PrivacyCenter`)",
  audit: "the audit console (`AuditConsole`)",
  measure: "the audit console's Measurement tab",
  bubble: "the audit console's Filter bubble tab",
};

/** Thrown for a flat table that lacks a text a group needs; names every missing key. */
export class MissingTextsError extends Error {
  constructor(missing) {
    super(`the flat table lacks ${missing.length} text(s): ${missing.join(", ")}`);
    this.missing = missing;
  }
}

const at = (value, path) =>
  path.split(".").reduce((v, key) => (v !== null && typeof v === "object" ? v[key] : undefined), value);

/** The groups of one language from a flat table; throws {@link MissingTextsError} listing every missing text. */
export function convert(flat) {
  const missing = [];
  const groups = {};
  for (const [group, texts] of Object.entries(MAP)) {
    groups[group] = {};
    for (const [key, path] of Object.entries(texts)) {
      const value = at(flat, path);
      if (value === undefined || value === null) missing.push(path);
      else groups[group][key] = structuredClone(value);
    }
  }
  if (missing.length > 0) throw new MissingTextsError([...new Set(missing)]);
  return groups;
}

const languageName = (lang) => {
  try {
    const english = new Intl.DisplayNames(["en"], { type: "language" }).of(lang) ?? lang;
    const own = new Intl.DisplayNames([lang], { type: "language" }).of(lang) ?? lang;
    return own === english ? english : `${english} (${own})`;
  } catch {
    return lang;
  }
};

/** The TypeScript source of one language's locale module (unformatted; biome formats it). */
export function render(lang, groups) {
  const name = languageName(lang);
  const used = Object.keys(MAP).map((group) => TYPES[group]);
  const lines = [
    `/** ${name} UI texts, one export per component group (converted from a flat table by scripts/ui-locale-from-table.mjs). */`,
    `import type { ${used.join(", ")} } from "../texts.ts";`,
    "",
  ];
  for (const group of Object.keys(MAP)) {
    lines.push(`/** ${name}: ${PURPOSE[group]}. */`);
    lines.push(`export const ${group}: ${TYPES[group]} = ${JSON.stringify(groups[group], null, 2)};`, "");
  }
  return lines.join("\n");
}

/** The languages with a locale file in `dir`, sorted. */
export function languagesIn(dir) {
  return readdirSync(dir)
    .filter((file) => /^[a-z]{2,3}(-[a-z0-9]+)*\.ts$/i.test(file) && !file.endsWith(".test.ts"))
    .map((file) => file.slice(0, -3))
    .sort();
}

/** The source of `loaders.ts`: one literal `import()` per language other than English (built in). */
export function renderLoaders(languages) {
  const others = languages.filter((lang) => lang !== "en");
  return [
    "/**",
    " * One literal `import()` per language, so a bundler splits one chunk per language; written by",
    " * `node scripts/ui-locale-from-table.mjs --loaders` from the files in `locales/`. English is built in.",
    " */",
    'import type { UiMessages } from "./texts.ts";',
    "",
    "/** Loads one language's UI texts, by language code. */",
    "export const uiLoaders: Readonly<Record<string, () => Promise<UiMessages>>> = {",
    ...others.map(
      (lang) =>
        `  ${/^[a-z]+$/.test(lang) ? lang : JSON.stringify(lang)}: () => import("./locales/${lang}.ts"),`,
    ),
    "};",
    "",
  ].join("\n");
}

/** `source` as biome writes it (formatted, imports sorted), as if it were `file` in this repository. */
function biome(source, file) {
  return execFileSync(
    join(root, "node_modules/.bin/biome"),
    ["check", "--write", `--stdin-file-path=${join(root, "packages/core/src/ui/locales", basename(file))}`],
    { cwd: root, input: source, encoding: "utf8", stdio: ["pipe", "pipe", "inherit"] },
  );
}

/** Reads a flat table file (TypeScript) and returns its exported table (the export named `lang`, or the only one). */
export async function readFlat(file, lang) {
  const { transform } = await import("esbuild");
  const { code } = await transform(readFileSync(file, "utf8"), { loader: "ts", format: "esm" });
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  const table = module[lang] ?? module[lang.replace(/-/g, "")] ?? Object.values(module)[0];
  if (table === null || typeof table !== "object") throw new Error(`${file} exports no table`);
  return table;
}

async function main(argv) {
  const outIndex = argv.indexOf("--out");
  const out = outIndex >= 0 ? resolve(argv[outIndex + 1] ?? ".") : defaultOut;
  const args = outIndex >= 0 ? argv.filter((_, i) => i !== outIndex && i !== outIndex + 1) : argv;
  if (args[0] === "--loaders") {
    const file = join(out, "..", "loaders.ts");
    writeFileSync(file, biome(renderLoaders(languagesIn(out)), file));
    console.log(`wrote ${file} (${languagesIn(out).join(", ")})`);
    return;
  }
  const [lang, flatFile] = args;
  if (!lang || !flatFile || !/^[a-z]{2,3}(-[a-z0-9]+)*$/i.test(lang)) {
    console.error(
      "usage: node scripts/ui-locale-from-table.mjs <lang> <flat-file> [--out <dir>] | --loaders",
    );
    process.exit(2);
  }
  const groups = convert(await readFlat(resolve(flatFile), lang));
  const file = join(out, `${lang}.ts`);
  writeFileSync(file, biome(render(lang, groups), file));
  console.log(`wrote ${file}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
