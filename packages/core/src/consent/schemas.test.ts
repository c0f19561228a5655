import { describe, expect, it } from "vitest";
import { defaultPurposes } from "./index.ts";
import { purposeSchema } from "./schemas.ts";

describe("purposeSchema (for zod users such as the policy)", () => {
  it("accepts every default purpose unchanged", () => {
    for (const purpose of defaultPurposes) expect(purposeSchema.parse(purpose)).toBe(purpose);
  });

  it.each([
    [{ ...defaultPurposes[1], saleOrSharnig: true }, ["saleOrSharnig"]],
    [{ ...defaultPurposes[1], id: "Bad Id" }, ["id"]],
    [{ ...defaultPurposes[1], dataCategories: ["pd:Ok", ""] }, ["dataCategories", "1"]],
    [{ ...defaultPurposes[1], basis: "maybe" }, ["basis"]],
    [null, []],
  ])("reports %j at the path %j, like the consent manager", (purpose, path) => {
    const result = purposeSchema.safeParse(purpose);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});
