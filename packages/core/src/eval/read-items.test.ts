import { describe, expect, it } from "vitest";
import { alignItemCategories, DatasetParseError } from "./index.ts";
import { detectItemFormat, MOVIELENS_100K_GENRES, readItems, safeReadItems } from "./read-items.ts";

const toyStory =
  "1|Toy Story (1995)|01-Jan-1995||http://us.imdb.com/M/title-exact?Toy%20Story%20(1995)|0|0|0|1|1|1|0|0|0|0|0|0|0|0|0|0|0|0|0";

describe("readItems", () => {
  it("reads u.item genre flags in u.genre order", () => {
    const [item] = readItems(`${toyStory}\n`, { fileName: "u.item" });
    expect(item).toEqual({
      id: "1",
      title: "Toy Story (1995)",
      categories: ["Animation", "Children's", "Comedy"],
      year: 1995,
    });
    expect(MOVIELENS_100K_GENRES).toHaveLength(19);
    expect(MOVIELENS_100K_GENRES[18]).toBe("Western");
  });

  it("reads movies.dat and movies.csv with quoted titles", () => {
    const dat = readItems(
      "1::Toy Story (1995)::Animation|Children's|Comedy\n2::Nothing (2001)::(no genres listed)\n",
      {
        format: "movies.dat",
      },
    );
    expect(dat[0]?.categories).toEqual(["Animation", "Children's", "Comedy"]);
    expect(dat[1]).toEqual({ id: "2", title: "Nothing (2001)", categories: [], year: 2001 });
    const csv = readItems(
      'movieId,title,genres\n11,"American President, The (1995)",Comedy|Drama|Romance\n',
      {
        fileName: "movies.csv",
      },
    );
    expect(csv).toEqual([
      {
        id: "11",
        title: "American President, The (1995)",
        categories: ["Comedy", "Drama", "Romance"],
        year: 1995,
      },
    ]);
  });

  it("reads a shop TSV with optional header, categories and provider", () => {
    const items = readItems(
      "item\ttitle\tcategories\tprovider\nsku-1\tMug\tkitchen|gifts\tacme\nsku-2\tPen\n",
      {
        format: "tsv",
      },
    );
    expect(items).toEqual([
      { id: "sku-1", title: "Mug", categories: ["kitchen", "gifts"], provider: "acme" },
      { id: "sku-2", title: "Pen", categories: [] },
    ]);
  });

  it("names file, line and reason for malformed lines", () => {
    const broken = toyStory.replace(/\|0$/, "|2");
    const result = safeReadItems(`${toyStory}\n${broken}\n`, { fileName: "u.item" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(DatasetParseError);
    expect(result.error.line).toBe(2);
    expect(result.error.reason).toBe('genre flag 19 (Western) is "2", expected 0 or 1');
    expect(() => readItems("1|short\n", { format: "u.item" })).toThrow(
      "u.item:1: expected 24 '|'-separated fields, found 2",
    );
    expect(() => readItems("id,name\n", { format: "movies.csv" })).toThrow(/header/);
    expect(() => readItems("x\n", { format: "tsv" })).toThrow(/found 1/);
  });

  it("detects item formats and aligns categories with a table's item ids", () => {
    expect(detectItemFormat(toyStory)).toBe("u.item");
    expect(detectItemFormat("1::A::B")).toBe("movies.dat");
    expect(detectItemFormat("movieId,title,genres\n")).toBe("movies.csv");
    const aligned = alignItemCategories(
      [
        { id: "a", title: "A", categories: ["x", "y"] },
        { id: "b", title: "B", categories: ["y"] },
      ],
      ["b", "zzz", "a"],
    );
    expect(aligned.names).toEqual(["y", "x"]);
    expect(aligned.byItem).toEqual([[0], [], [1, 0]]);
  });
});
