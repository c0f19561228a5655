import { describe, expect, it } from "vitest";
import { loadUiMessages, reasonText, regionName } from "./index.ts";

await Promise.all(["de", "fr", "es"].map(loadUiMessages));

describe("reasonText", () => {
  it("names a context region in words instead of its code", () => {
    expect(reasonText("context-region", "Popular in DE", "en")).toBe("Popular in Germany");
    expect(reasonText("context-region", "Beliebt in US-CA", "de")).toBe("Beliebt in Kalifornien");
    expect(regionName("FR", "es")).toBe("Francia");
  });

  it("translates the context value core leaves raw ('Beliebt am evening')", () => {
    expect(reasonText("context-daypart", "Beliebt am evening", "de")).toBe("Beliebt am Abend");
    expect(reasonText("context-daypart", "Populaire le night", "fr")).toBe("Populaire la nuit");
    expect(reasonText("context-device", "Popular entre clientes en mobile", "es")).toBe(
      "Popular entre clientes con teléfono",
    );
  });

  it("leaves other reasons, and values it does not know, as given", () => {
    expect(reasonText("because-viewed", "Because you viewed Evening Dress", "en")).toBe(
      "Because you viewed Evening Dress",
    );
    expect(reasonText("context-daypart", "Popular at dusk", "en")).toBe("Popular at dusk");
  });
});
