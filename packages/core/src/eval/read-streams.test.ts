import { describe, expect, it } from "vitest";
import {
  applyUnseenPolicy,
  DatasetParseError,
  InputError,
  interactionsFromRows,
  readInteractions,
  readInteractionsFromLines,
  readItemsFromLines,
} from "./index.ts";
import { readItems } from "./read-items.ts";
import { unseenTestItems } from "./unseen-items.ts";

async function* stream(lines: readonly string[]) {
  for (const line of lines) yield line;
}

describe("readInteractionsFromLines", () => {
  it("reads a stream of lines to the same table as the text, counting blank lines in error positions", async () => {
    const text = "196\t242\t3\t881250949\r\n\n186\t302\t3\t891717742\n196\t302\t1\t878887116\n";
    const streamed = await readInteractionsFromLines(stream(text.split("\n")), { fileName: "u.data.gz" });
    expect(streamed).toEqual(readInteractions(text, { fileName: "u.data" }));
    const bad = readInteractionsFromLines(stream(["1\t2\t3\t4", "", "5\t6"]), { fileName: "x/u.data" });
    await expect(bad).rejects.toThrow("x/u.data:3: expected 4 tab-separated fields, found 2");
    await expect(bad).rejects.toBeInstanceOf(DatasetParseError);
  });

  it("rejects empty input and a header alone with a typed error naming the file", async () => {
    const empty = readInteractionsFromLines(stream(["", "  "]), { fileName: "empty.tsv" });
    await expect(empty).rejects.toMatchObject({ code: "empty-dataset" });
    await expect(empty).rejects.toBeInstanceOf(InputError);
    await expect(empty).rejects.toMatchObject({ code: "empty-dataset", path: "empty.tsv" });
    expect(() => readInteractions("userId,movieId,rating,timestamp\n", { fileName: "ratings.csv" })).toThrow(
      "ratings.csv: no interactions",
    );
  });
});

describe("JSON-lines item metadata", () => {
  const amazon = [
    '{"asin": "B01", "title": "Tent", "categories": [["Sports", "Camping"], ["Outdoor"]], "brand": "Acme"}',
    '{"asin": "B02", "title": "Stove", "category": ["Sports", "Cooking"], "brand": "Fuego"}',
    '{"asin": 3, "title": "Mug", "categories": "Kitchen|Sports"}',
  ];

  it("finds id, title, categories (strings, lists or category paths) and provider by default", () => {
    const records = readItems(`${amazon.join("\n")}\n`, { fileName: "meta_Sports.json" });
    expect(records).toEqual([
      { id: "B01", title: "Tent", categories: ["Sports", "Camping", "Outdoor"], provider: "Acme" },
      { id: "B02", title: "Stove", categories: ["Sports", "Cooking"], provider: "Fuego" },
      { id: "3", title: "Mug", categories: ["Kitchen", "Sports"] },
    ]);
  });

  it("maps fields explicitly and names the line of a malformed record", async () => {
    const lines = ['{"sku": "a", "name": "A", "dept": "x", "maker": "m"}', "", "{not json"];
    const fields = { id: "sku", title: "name", category: "dept", provider: "maker" };
    const read = readItemsFromLines(stream(lines), { fileName: "items.jsonl", fields });
    await expect(read).rejects.toThrow("items.jsonl:3: not a JSON object");
    const [record] = await readItemsFromLines(stream(lines.slice(0, 1)), { fileName: "m.json.gz", fields });
    expect(record).toEqual({ id: "a", title: "A", categories: ["x"], provider: "m" });
    expect(() => readItems('{"title": "no id"}\n', { format: "jsonl", fileName: "f" })).toThrow(
      /f:1: no item id: expected a string field \(one of asin/,
    );
    expect(() => readItems("\n", { format: "jsonl", fileName: "f" })).toThrow(InputError);
  });
});

describe("test items absent from training", () => {
  const all = interactionsFromRows([
    { user: "u", item: "a" },
    { user: "u", item: "b" },
    { user: "v", item: "a" },
    { user: "v", item: "c" },
  ]);
  const pick = (flags: number[]) => ({
    ...all,
    users: all.users.filter((_, p) => flags[p]),
    items: all.items.filter((_, p) => flags[p]),
    ratings: all.ratings.filter((_, p) => flags[p]),
    timestamps: all.timestamps.filter((_, p) => flags[p]),
  });
  const train = pick([1, 0, 1, 0]);
  const test = pick([0, 1, 0, 1]);

  it("counts them, and keeps, drops or refuses them as asked", () => {
    expect(unseenTestItems(train, test)).toEqual({ interactions: 2, items: 2 });
    expect(applyUnseenPolicy(train, test, "keep").test).toBe(test);
    expect(applyUnseenPolicy(train, test, "drop").test.users.length).toBe(0);
    expect(() => applyUnseenPolicy(train, test, "error")).toThrow(
      expect.objectContaining({ code: "unseen-test-items", path: "test" }),
    );
    expect(applyUnseenPolicy(all, test, "error").unseen.interactions).toBe(0);
  });
});
