import { describe, expect, it } from "vitest";
import { DatasetParseError, readInteractions } from "./index.ts";
import { detectInteractionFormat, safeReadInteractions } from "./read-interactions.ts";

describe("readInteractions", () => {
  it("reads MovieLens u.data with dense indexes in order of first appearance", () => {
    const table = readInteractions(
      "196\t242\t3\t881250949\n186\t302\t3\t891717742\n196\t302\t1\t878887116\n",
      {
        fileName: "ml-100k/u.data",
      },
    );
    expect(table.userIds).toEqual(["196", "186"]);
    expect(table.itemIds).toEqual(["242", "302"]);
    expect(Array.from(table.users)).toEqual([0, 1, 0]);
    expect(Array.from(table.items)).toEqual([0, 1, 1]);
    expect(Array.from(table.ratings)).toEqual([3, 3, 1]);
    expect(Array.from(table.timestamps)).toEqual([881250949, 891717742, 878887116]);
    expect(table.numUsers).toBe(2);
    expect(table.numItems).toBe(2);
  });

  it("reads ratings.dat and ratings.csv, skipping blank lines and CRLF endings", () => {
    const dat = readInteractions("1::1193::5::978300760\r\n\r\n1::661::3::978302109\r\n", {
      format: "ratings.dat",
    });
    expect(Array.from(dat.ratings)).toEqual([5, 3]);
    const csv = readInteractions(
      "userId,movieId,rating,timestamp\n1,296,5.0,1147880044\n1,306,3.5,1147868817\n",
      {
        fileName: "ratings.csv",
      },
    );
    expect(csv.itemIds).toEqual(["296", "306"]);
    expect(Array.from(csv.ratings)).toEqual([5, 3.5]);
  });

  it("reads plain TSV and CSV with optional header, rating and timestamp", () => {
    const tsv = readInteractions("user\titem\nalice\tsku-1\nbob\tsku-2\n", { format: "tsv" });
    expect(tsv.userIds).toEqual(["alice", "bob"]);
    expect(Array.from(tsv.ratings)).toEqual([1, 1]);
    expect(Number.isNaN(tsv.timestamps[0])).toBe(true);
    const csv = readInteractions('a,"x, y",4,2024-01-01T00:00:00Z\nb,z,2\n', { format: "csv" });
    expect(csv.itemIds).toEqual(["x, y", "z"]);
    expect(csv.timestamps[0]).toBe(1704067200);
    expect(Number.isNaN(csv.timestamps[1])).toBe(true);
    const headed = readInteractions("visitor,product,score\nv1,p1,1\n", { format: "csv" });
    expect(headed.users.length).toBe(1);
  });

  it("detects the format from the file name, then from the first line", () => {
    expect(detectInteractionFormat("", "data/u.data")).toBe("u.data");
    expect(detectInteractionFormat("1::2::3::4")).toBe("ratings.dat");
    expect(detectInteractionFormat("userId,movieId,rating,timestamp\n")).toBe("ratings.csv");
    expect(detectInteractionFormat("a\tb\n")).toBe("tsv");
    expect(detectInteractionFormat("a,b\n", "events.txt")).toBe("csv");
    expect(() => detectInteractionFormat("\nnothing here\n", "x.txt")).toThrow(DatasetParseError);
  });

  it("names file, 1-based line and reason for a malformed line", () => {
    const text = "1\t2\t3\t4\n\n5\t6\t7\n";
    const result = safeReadInteractions(text, { fileName: "u.data" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(DatasetParseError);
    expect(result.error.fileName).toBe("u.data");
    expect(result.error.line).toBe(3);
    expect(result.error.message).toBe("u.data:3: expected 4 tab-separated fields, found 3");
  });

  it("rejects non-numeric ratings, empty ids, bad headers and unclosed quotes", () => {
    expect(() => readInteractions("1\t2\tfive\t4\n", { format: "u.data" })).toThrow(
      /rating "five" is not a number/,
    );
    expect(() => readInteractions("\t2\t3\t4\n", { format: "u.data" })).toThrow(/empty user id/);
    expect(() => readInteractions("user,item,rating\n1,2,3\n", { format: "ratings.csv" })).toThrow(
      /line|header/,
    );
    expect(() => readInteractions('a,"b,1\n', { format: "csv", fileName: "e.csv" })).toThrow(
      "e.csv:1: unclosed quote",
    );
    expect(() => readInteractions("a,b\nc,d,1,yesterday\n", { format: "csv" })).toThrow(/:2: timestamp/);
  });
});
