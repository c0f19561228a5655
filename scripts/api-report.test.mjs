import { describe, expect, it } from "vitest";
import {
  buildReport,
  diffReports,
  importedNames,
  isRuntime,
  kindLabel,
  parseModule,
  parseReport,
  renderReport,
  resolveExports,
  splitStatements,
} from "./api-report.mjs";

/** Writes `${` in fixtures as `%{` (a plain string with a template placeholder reads as a mistake). */
const tpl = (text) => text.replaceAll("%{", "$" + "{");

describe("splitStatements", () => {
  it("splits at top-level semicolons and at the end of block bodies, dropping comments", () => {
    const text = [
      "/** A doc comment; with a semicolon. */",
      'export declare const a: "x;y"; // trailing',
      "export interface B extends Base<{ k: 1 }> {",
      "    /** member doc */",
      tpl("    readonly c: `%{string};{`;"),
      "    d(): { e: number };",
      "}",
      "export type F = { g: 1 };",
      "export declare class H {",
      "    private i;",
      "}",
    ].join("\n");
    expect(splitStatements(text)).toEqual([
      'export declare const a: "x;y";',
      tpl(
        "export interface B extends Base<{ k: 1 }> {\n    readonly c: `%{string};{`;\n    d(): { e: number };\n}",
      ),
      "export type F = { g: 1 };",
      "export declare class H {\n    private i;\n}",
    ]);
  });

  it("keeps nested template literal types together", () => {
    const text = tpl("export type T = `a%{`b%{string}`}c;`;\nexport declare function f(): void;");
    expect(splitStatements(text)).toEqual([
      tpl("export type T = `a%{`b%{string}`}c;`;"),
      "export declare function f(): void;",
    ]);
  });
});

/** A small fixture: an index re-exporting through names, aliases, stars, imports and an external package. */
const files = {
  "index.d.ts": [
    'export { makeThing, type ThingOptions, helper as publicHelper } from "./thing.ts";',
    'export type { Shape } from "./shape.ts";',
    'export * from "./star.ts";',
    'export type * from "./types.ts";',
    'import { local } from "./thing.ts";',
    "export { local as renamed };",
    'export { h } from "preact";',
    "declare const hidden = 1;",
    "export { hidden };",
  ].join("\n"),
  "thing.d.ts": [
    "/** Options. */",
    "export interface ThingOptions {",
    "    readonly size?: number;",
    "}",
    "export declare function makeThing(options?: ThingOptions): string;",
    "export declare function makeThing(size: number): string;",
    "export declare function helper(): void;",
    "export declare const local: number;",
  ].join("\n"),
  "shape.d.ts": "export declare const Shape: { circle: 1 };\nexport type Shape = 'circle';",
  "star.d.ts": "export declare class Starred {\n    x: number;\n}\nexport declare const starConst = 2;",
  "types.d.ts": "export interface OnlyType {\n}\nexport declare const typeOnlyValue: number;",
};
const host = {
  load: (file) => parseModule(files[file]),
  resolveSpecifier: (_from, spec) => (spec.startsWith("./") ? spec.slice(2).replace(/\.ts$/, ".d.ts") : null),
};

describe("resolveExports", () => {
  const exports = resolveExports("index.d.ts", host);

  it("follows named, aliased, star, type-only and import-then-export re-exports to their declarations", () => {
    expect([...exports.keys()].sort()).toEqual([
      "OnlyType",
      "Shape",
      "Starred",
      "ThingOptions",
      "h",
      "hidden",
      "makeThing",
      "publicHelper",
      "renamed",
      "starConst",
      "typeOnlyValue",
    ]);
    expect(exports.get("makeThing")).toMatchObject({ kinds: ["function", "function"], origin: "thing.d.ts" });
    expect(exports.get("makeThing").texts[1]).toBe("function makeThing(size: number): string;");
    expect(exports.get("publicHelper").texts).toEqual(["function helper(): void;"]);
    expect(exports.get("renamed").texts).toEqual(["const local: number;"]);
    expect(exports.get("hidden").texts).toEqual(["const hidden = 1;"]);
    expect(exports.get("h")).toMatchObject({ kinds: ["external"], origin: "preact" });
  });

  it("tells runtime exports from type-only ones", () => {
    const runtime = [...exports].filter(([, entry]) => isRuntime(entry)).map(([name]) => name);
    expect(runtime.sort()).toEqual([
      "Starred",
      "h",
      "hidden",
      "makeThing",
      "publicHelper",
      "renamed",
      "starConst",
    ]);
    expect(kindLabel(exports.get("Shape"))).toBe("const + type (type-only)");
    expect(kindLabel(exports.get("typeOnlyValue"))).toBe("const (type-only)");
    expect(kindLabel(exports.get("ThingOptions"))).toBe("interface");
  });

  it("fails loudly on a name that a module does not export", () => {
    const broken = {
      ...host,
      load: (file) => parseModule(file === "index.d.ts" ? 'export { nope } from "./thing.ts";' : files[file]),
    };
    expect(() => resolveExports("index.d.ts", broken)).toThrow('"./thing.ts" has no export "nope"');
  });
});

describe("the report format", () => {
  const exports = resolveExports("index.d.ts", host);
  const report = renderReport("@x/pkg", exports);

  it("lists every name with its kind and declaration, sorted, and reads back", () => {
    expect(report).toContain("11 exported names: 7 runtime, 4 type-only.");
    expect(report).toContain(
      "## `makeThing` (function)\n\n```ts\nfunction makeThing(options?: ThingOptions): string;",
    );
    const parsed = parseReport(report);
    expect([...parsed.keys()]).toEqual([...exports.keys()].sort((a, b) => (a < b ? -1 : 1)));
    expect(parsed.get("Shape")).toBe(
      "const + type (type-only)\nconst Shape: { circle: 1 };\ntype Shape = 'circle';",
    );
  });

  it("names added, removed and changed exports", () => {
    const changed = new Map(exports);
    changed.delete("hidden");
    changed.set("added", {
      kinds: ["function"],
      texts: ["function added(): void;"],
      typeOnly: false,
      origin: "x",
    });
    changed.set("makeThing", { ...exports.get("makeThing"), texts: ["function makeThing(): string;"] });
    expect(diffReports(report, renderReport("@x/pkg", changed))).toEqual({
      added: ["added"],
      removed: ["hidden"],
      changed: ["makeThing"],
    });
    expect(diffReports(report, report)).toEqual({ added: [], removed: [], changed: [] });
  });
});

describe("importedNames", () => {
  it("collects names imported or re-exported from Candor modules only", () => {
    const names = importedNames(
      [
        'import { a, type B, c as d } from "./x.ts";',
        'import { e } from "zod";',
        'import def, { f } from "@candor/core/eval";',
        'export { g } from "../y.ts";',
        'const { h } = await import("@candor/core/audit");',
      ].join("\n"),
    );
    expect([...names.keys()].sort()).toEqual(["B", "a", "c", "f", "g", "h"]);
    expect(names.get("g")).toEqual(["re-export"]);
  });
});

describe("buildReport", () => {
  it("gives the same report twice in a row", () => {
    const render = () =>
      buildReport()
        .map((entry) => renderReport(entry.subpath, entry.exports))
        .join("\n");
    const first = render();
    expect(first).toContain("# `@candor/core/consent`");
    expect(render()).toBe(first);
  });
});
