/** The deterministic sample catalog: categories, sellers and products, generated from a seed with Faker. */
import { base, en, Faker } from "@faker-js/faker";
import { categoriesOf, categoryTree, type LeafSpec, type TopSpec } from "./category-tree.ts";
import { checkFinite, checkInteger } from "./invalid-option-error.ts";
import { deriveSeed } from "./prng.ts";
import { productCopy } from "./product-copy.ts";
import type { Catalog, PriceBand, Product, Region, Seller, SensitiveTag } from "./types.ts";

/** Options of {@link createCatalog}. */
export interface CatalogOptions {
  /** Seed; the same seed and options give the same catalog. */
  readonly seed: number;
  /** Number of products, at least one per leaf category; default 2000. */
  readonly items?: number;
  /** Number of sellers, at least 2; about 20% are large, the rest independent. Default 40. */
  readonly sellers?: number;
}

const defaults = { items: 2000, sellers: 40 } satisfies Omit<Required<CatalogOptions>, "seed">;

/** Share of items offered by large sellers. */
const LARGE_SELLER_SHARE = 0.7;
/** Zipf exponent of the popularity prior. */
const ZIPF_EXPONENT = 0.85;
/** Share of sold-out items. */
const SOLD_OUT_SHARE = 0.07;

interface LeafRef {
  readonly top: TopSpec;
  readonly leaf: LeafSpec;
  readonly id: string;
}

/**
 * Generates the sample catalog: about twelve top-level categories with leaves, `sellers` sellers (about 20%
 * large, carrying most items), and `items` products with prices, stock, sensitive tags, age limits, shipping
 * regions and a Zipf-like popularity prior. Deterministic for a seed; throws `InvalidOptionError` on bad options.
 */
export function createCatalog(options: CatalogOptions): Catalog {
  const { seed, items: itemCount, sellers: sellerCount } = { ...defaults, ...options };
  checkFinite("createCatalog.seed", seed);
  const leaves: LeafRef[] = categoryTree.flatMap((top) =>
    top.leaves.map((leaf) => ({ top, leaf, id: `${top.slug}/${leaf.slug}` })),
  );
  checkInteger("createCatalog.items", itemCount, leaves.length);
  checkInteger("createCatalog.sellers", sellerCount, 2);

  const faker = new Faker({ locale: [en, base] });
  faker.seed(deriveSeed(seed, "catalog"));
  // Names and descriptions come from their own stream, so copy changes leave prices, stock and sellers alone.
  const copyFaker = new Faker({ locale: [en, base] });
  copyFaker.seed(deriveSeed(seed, "copy"));

  const sellers = createSellers(faker, sellerCount);
  const large = sellers.filter((s) => s.seller.size === "large");
  const independent = sellers.filter((s) => s.seller.size === "independent");

  const leafOfItem = faker.helpers.shuffle(allocate(leaves, itemCount));
  const sellerOfItem = leafOfItem.map((ref) => {
    if (faker.number.float() < LARGE_SELLER_SHARE) {
      return pickWeighted(faker, large, (_, i) => 1 / Math.sqrt(i + 1));
    }
    const specialists = independent.filter((s) => s.specialties.includes(ref.top.slug));
    return faker.helpers.arrayElement(specialists.length > 0 ? specialists : independent);
  });
  giveEveryIndependentAnItem(independent, leafOfItem, sellerOfItem);

  const brands = new Map(categoryTree.map((top) => [top.slug, brandPool(faker, top)]));
  const rankOfItem = popularityRanks(faker, sellerOfItem);
  const width = Math.max(4, String(itemCount).length);

  const items = leafOfItem.map((ref, i): Product => {
    const seller = (sellerOfItem[i] as SellerDraft).seller;
    return createProduct(faker, copyFaker, {
      id: `p${String(i + 1).padStart(width, "0")}`,
      ref,
      seller,
      brand: faker.helpers.arrayElement(brands.get(ref.top.slug) ?? ["Candor"]),
      popularityPrior: Number((1 / (rankOfItem[i] ?? 1) ** ZIPF_EXPONENT).toPrecision(6)),
    });
  });

  return { items, sellers: sellers.map((s) => s.seller), categories: categoriesOf(categoryTree) };
}

interface SellerDraft {
  readonly seller: Seller;
  readonly specialties: readonly string[];
  count: number;
}

function createSellers(faker: Faker, count: number): SellerDraft[] {
  const largeCount = Math.min(count - 1, Math.max(1, Math.round(count * 0.2)));
  const width = Math.max(3, String(count).length);
  const tops = categoryTree.map((t) => t.slug);
  return Array.from({ length: count }, (_, i): SellerDraft => {
    const size = i < largeCount ? "large" : "independent";
    const regions: Region[] =
      size === "large" ? ["EU", "US"] : faker.helpers.weightedArrayElement(INDEPENDENT_REGIONS);
    return {
      seller: {
        id: `seller-${String(i + 1).padStart(width, "0")}`,
        name: faker.company.name(),
        size,
        regions,
      },
      specialties: size === "large" ? tops : faker.helpers.arrayElements(tops, { min: 1, max: 2 }),
      count: 0,
    };
  });
}

const INDEPENDENT_REGIONS: { weight: number; value: Region[] }[] = [
  { weight: 5, value: ["EU"] },
  { weight: 2, value: ["US"] },
  { weight: 3, value: ["EU", "US"] },
];

/** Items per leaf: one each, the rest by share with largest remainders, so shares are exact and stable. */
function allocate(leaves: readonly LeafRef[], total: number): LeafRef[] {
  const shareSum = leaves.reduce((sum, l) => sum + l.leaf.share, 0);
  const rest = total - leaves.length;
  const exact = leaves.map((l) => (rest * l.leaf.share) / shareSum);
  const counts = exact.map((x) => Math.floor(x) + 1);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  let missing = total - counts.reduce((a, b) => a + b, 0);
  for (const { i } of byRemainder) {
    if (missing-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return leaves.flatMap((l, i) => Array.from({ length: counts[i] ?? 0 }, () => l));
}

function pickWeighted<T>(faker: Faker, list: readonly T[], weight: (x: T, i: number) => number): T {
  return faker.helpers.weightedArrayElement(list.map((value, i) => ({ value, weight: weight(value, i) })));
}

/** Moves one item to each independent seller that got none, taken from a large seller in its specialty. */
function giveEveryIndependentAnItem(
  independent: readonly SellerDraft[],
  leafOfItem: readonly LeafRef[],
  sellerOfItem: SellerDraft[],
): void {
  for (const s of sellerOfItem) s.count++;
  for (const seller of independent) {
    if (seller.count > 0) continue;
    const fromLarge = (i: number) =>
      sellerOfItem[i]?.seller.size === "large" && (sellerOfItem[i]?.count ?? 0) > 1;
    let index = leafOfItem.findIndex((ref, i) => fromLarge(i) && seller.specialties.includes(ref.top.slug));
    if (index < 0) index = leafOfItem.findIndex((_, i) => fromLarge(i));
    const previous = sellerOfItem[index];
    if (previous === undefined) continue;
    previous.count--;
    seller.count++;
    sellerOfItem[index] = seller;
  }
}

/** A weighted random permutation (exponential race): large sellers' items tend to rank higher. */
function popularityRanks(faker: Faker, sellerOfItem: readonly SellerDraft[]): number[] {
  const keys = sellerOfItem.map((s, i) => {
    const weight = s.seller.size === "large" ? 1 : 0.6;
    return { i, key: -Math.log(1 - 0.999999 * faker.number.float()) / weight };
  });
  keys.sort((a, b) => a.key - b.key || a.i - b.i);
  const ranks = new Array<number>(sellerOfItem.length);
  keys.forEach(({ i }, rank) => {
    ranks[i] = rank + 1;
  });
  return ranks;
}

function brandPool(faker: Faker, top: TopSpec): string[] {
  const suffixes = ["", "", " & Co.", " Works", " Studio", " Supply", " Goods", " Labs"];
  return Array.from({ length: 8 }, () =>
    top.slug === "wine-spirits"
      ? `${faker.helpers.arrayElement(["Domaine", "Château", "Bodega", "Weingut"])} ${faker.person.lastName()}`
      : `${faker.person.lastName()}${faker.helpers.arrayElement(suffixes)}`.replace(/'/g, ""),
  );
}

interface ProductDraft {
  readonly id: string;
  readonly ref: LeafRef;
  readonly seller: Seller;
  readonly brand: string;
  readonly popularityPrior: number;
}

function createProduct(faker: Faker, copyFaker: Faker, draft: ProductDraft): Product {
  const { top, leaf, id: category } = draft.ref;
  const special =
    leaf.special !== undefined && faker.number.float() < leaf.special.share ? leaf.special : undefined;
  const { noun, kind } = faker.helpers.arrayElement([...(special?.nouns ?? leaf.nouns)]);
  const sensitive: readonly SensitiveTag[] | undefined = special?.sensitive ?? leaf.sensitive;
  const ageRestricted = special?.ageRestricted ?? leaf.ageRestricted;
  const brand = top.slug === "books" ? copyFaker.book.publisher() : draft.brand;
  const copy = productCopy(copyFaker, { top: top.slug, leaf: leaf.slug, noun, brand }, kind);

  const [min, max] = leaf.price;
  const u = faker.number.float();
  const raw = Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min)));
  const price = Math.round((Math.max(Math.floor(raw), 1) + 0.99) * 100) / 100;
  const priceBand: PriceBand = u < 1 / 3 ? "budget" : u < 2 / 3 ? "mid" : "premium";
  const stock =
    faker.number.float() < SOLD_OUT_SHARE
      ? 0
      : Math.floor(Math.exp(faker.number.float() * Math.log(500))) + 1;

  const regions = shippingRegions(faker, top.slug, draft.seller);
  const tags = [...new Set([noun, leaf.name, top.name, ...copy.words].map((t) => t.toLowerCase()))];

  return {
    id: draft.id,
    title: copy.title,
    description: copy.description,
    category,
    categoryPath: [top.slug, category],
    brand,
    price,
    currency: "EUR",
    priceBand,
    stock,
    sellerId: draft.seller.id,
    tags,
    ...(sensitive ? { sensitive } : {}),
    ...(ageRestricted ? { ageRestricted } : {}),
    ...(regions ? { regions } : {}),
    image: { hue: copy.colour.hue, glyph: leaf.glyph, kind, colour: copy.colour },
    popularityPrior: draft.popularityPrior,
  };
}

/** The seller's markets when it does not serve all of them; alcohol and medicines are sometimes EU-only. */
function shippingRegions(faker: Faker, top: string, seller: Seller): readonly Region[] | undefined {
  if (seller.regions.length < 2) return seller.regions;
  const euOnlyShare = top === "wine-spirits" ? 0.25 : top === "pharmacy" ? 0.15 : 0;
  return faker.number.float() < euOnlyShare ? ["EU"] : undefined;
}
