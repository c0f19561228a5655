import { describe, expect, it, vi } from "vitest";
import { CandorError } from "../internal/candor-error.ts";
import { bannerTexts, loadUiMessages } from "./registry.ts";

vi.mock("./loaders.ts", () => ({
  uiLoaders: { de: () => Promise.reject(new TypeError("Failed to fetch dynamically imported module")) },
}));

describe("loadUiMessages when a chunk does not load", () => {
  it("rejects with CandorError ui-load-failed, keeping the cause, and English stays in use", async () => {
    const error = await loadUiMessages("de-DE").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CandorError);
    expect(error).toMatchObject({ code: "ui-load-failed", path: "lang" });
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(bannerTexts("de").lang).toBe("en");
    expect(bannerTexts("de").acceptAll).toBe("Accept all");
  });
});
