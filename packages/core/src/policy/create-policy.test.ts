import { describe, expect, it } from "vitest";
import { defaultPurposes, type Purpose } from "../consent/index.ts";
import { ConfigError, createPolicy, decide, defaultPolicy } from "./index.ts";

describe("createPolicy", () => {
  it("knows every special category of the catalog and the default tags", () => {
    expect(defaultPolicy.specialCategories).toEqual(
      expect.arrayContaining([
        "pd:Health",
        "pd:Religion",
        "pd:Sexuality",
        "pd:PoliticalOpinion",
        "pd:EthnicOrigin",
        "pd:Biometric",
      ]),
    );
    expect(defaultPolicy.sensitiveTags.political).toBe("pd:PoliticalOpinion");
    expect(defaultPolicy.collaborativePurpose).toBe("personalization.similar-shoppers");
  });

  it("rejects a special category under an ordinary purpose, naming the path (GDPR Art. 9(2)(a))", () => {
    const purposes: Purpose[] = defaultPurposes.map((p) =>
      p.id === "analytics" ? { ...p, dataCategories: [...p.dataCategories, "pd:Health"] } : p,
    );
    const error = (() => {
      try {
        createPolicy({ purposes });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).path).toBe(
      `purposes.${purposes.findIndex((p) => p.id === "analytics")}.dataCategories`,
    );
  });

  it("rejects request families that name unknown purposes, and malformed options", () => {
    expect(() => createPolicy({ requestPurposes: { recommend: ["personalization.mind-reading"] } })).toThrow(
      /requestPurposes\.recommend\.0/,
    );
    expect(() => createPolicy({ collaborativePurpose: "nope" })).toThrow(ConfigError);
    expect(() => createPolicy({ requestPurposes: { recommend: [5] } } as never)).toThrow(ConfigError);
  });

  it("lets a shop define its own request families", () => {
    const policy = createPolicy({
      requestPurposes: { newsletter: ["marketing.email"] },
      collaborativePurpose: null,
    });
    expect(policy.requestPurposes.recommend).toBeUndefined();
    expect(decide({} as never, { purpose: "recommend" }, policy).reason).toBe("unknown-request-purpose");
  });
});
