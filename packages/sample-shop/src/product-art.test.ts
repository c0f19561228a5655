import { describe, expect, it } from "vitest";
import { categoryTree } from "./category-tree.ts";
import { artKinds, productImageUrl, productSvg } from "./product-art.ts";
import type { ProductImage } from "./types.ts";

const image = (kind: ProductImage["kind"]): ProductImage => ({
  hue: 210,
  glyph: "•",
  kind,
  colour: { name: "Blue", hue: 210, saturation: 60, lightness: 50 },
});

describe("productSvg", () => {
  it("knows a kind for every noun of the category tree, and rain boots are boots", () => {
    const nouns = categoryTree.flatMap((top) =>
      top.leaves.flatMap((leaf) => [...leaf.nouns, ...(leaf.special?.nouns ?? [])]),
    );
    for (const { noun, kind } of nouns) expect(artKinds, noun).toContain(kind);
    expect(nouns.find((n) => n.noun === "Rain Boots")?.kind).toBe("boot");
    expect(nouns.find((n) => n.noun === "Novel")?.kind).toBe("book");
  });

  it("draws every kind differently, deterministically, in the product's colour", () => {
    const drawn = new Set<string>();
    for (const kind of artKinds) {
      const svg = productSvg({ brand: "Acme", image: image(kind) });
      expect(svg).toBe(productSvg({ brand: "Acme", image: image(kind) }));
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 100 100">.*<\/svg>$/);
      expect(svg).toContain("hsl(210 60% 50%)");
      drawn.add(svg);
    }
    expect(drawn.size).toBe(artKinds.length);
  });

  it("writes the brand as escaped text, and gives a close-up and a scene view for a gallery", () => {
    const product = { brand: `O'Neil & <Sons>`, image: image("boot") };
    const svg = productSvg(product);
    expect(svg).toContain("O&apos;NEIL &amp; &lt;SONS&gt;");
    expect(svg).not.toContain("<SONS>");
    const views = new Set([svg, productSvg(product, "detail"), productSvg(product, "scene")]);
    expect(views.size).toBe(3);
    expect(productImageUrl(product)).toBe(`data:image/svg+xml,${encodeURIComponent(svg)}`);
  });
});
