/**
 * Believable product copy per top-level category: names, colours and two-sentence descriptions built from word
 * lists that fit the category (a tent is "waterproof", a serum "hydrating", a novel has an author), drawn from a seeded
 * Faker so the same seed gives the same shop.
 */
import type { Faker } from "@faker-js/faker";
import type { ArtColour } from "./product-art.ts";

/** What the copy of one product is made from. */
export interface CopyInput {
  readonly top: string;
  readonly leaf: string;
  readonly noun: string;
  readonly brand: string;
}

/** The generated copy. */
export interface ProductCopy {
  readonly title: string;
  readonly description: string;
  readonly colour: ArtColour;
  /** Extra lower-case search words (descriptor, material, colour). */
  readonly words: readonly string[];
}

const c = (name: string, hue: number, saturation: number, lightness: number): ArtColour => ({
  name,
  hue,
  saturation,
  lightness,
});

const NEUTRALS = [
  c("Black", 220, 8, 22),
  c("Grey", 215, 8, 58),
  c("White", 40, 12, 92),
  c("Sand", 38, 32, 74),
];
const EARTHY = [
  c("Olive", 75, 30, 40),
  c("Forest", 145, 35, 30),
  c("Rust", 18, 60, 45),
  c("Ochre", 40, 70, 50),
];
const BRIGHT = [c("Red", 2, 70, 52), c("Blue", 215, 65, 50), c("Yellow", 48, 90, 56), c("Teal", 180, 55, 38)];
const SOFT = [c("Rose", 345, 55, 72), c("Sage", 110, 20, 64), c("Sky", 200, 60, 72), c("Lilac", 270, 35, 72)];
const DEEP = [
  c("Navy", 225, 50, 28),
  c("Burgundy", 345, 55, 30),
  c("Bottle Green", 155, 45, 24),
  c("Charcoal", 210, 6, 32),
];
const WOODS = [c("Oak", 32, 45, 58), c("Walnut", 24, 40, 34), c("Ash", 40, 20, 78)];

interface TopCopy {
  readonly palette: readonly ArtColour[];
  readonly descriptors: readonly string[];
  /** Product line or model names placed between brand and noun. */
  readonly lines?: readonly string[];
  readonly uses: readonly string[];
  readonly features: readonly string[];
}

const copyByTop: Readonly<Record<string, TopCopy>> = {
  outdoor: {
    palette: [...EARTHY, ...BRIGHT, NEUTRALS[0] as ArtColour],
    descriptors: ["Lightweight", "Packable", "All-Season", "Trail-Ready", "Rugged", "Ultralight"],
    lines: ["Ridge", "Summit", "Alpine", "Tundra", "Fjord", "Cairn", "Basecamp", "Scout"],
    uses: [
      "weekend trips",
      "long days on the trail",
      "wet and windy days",
      "alpine starts",
      "commutes and tours",
    ],
    features: [
      "Tested on multi-day tours in the Alps",
      "Repairable, with spare parts for five years",
      "Lifetime guarantee against manufacturing defects",
      "Rated 4.7 out of 5 by verified buyers",
    ],
  },
  sports: {
    palette: [...BRIGHT, ...NEUTRALS.slice(0, 2), c("Lime", 85, 65, 50)],
    descriptors: ["Pro", "Training", "Competition", "Durable", "Compact", "Club"],
    lines: ["Core", "Pulse", "Sprint", "Flow", "Apex", "Motion"],
    uses: ["home workouts", "club training", "match days", "the pool", "daily practice"],
    features: [
      "Used by clubs across Europe",
      "Two-year warranty included",
      "Comes with a printed guide to get started",
      "Rated 4.5 out of 5 by verified buyers",
    ],
  },
  kitchen: {
    palette: [...NEUTRALS, c("Sage", 110, 20, 60), c("Terracotta", 14, 55, 55), c("Cream", 45, 55, 86)],
    descriptors: ["Classic", "Everyday", "Professional", "Compact", "Essential", "Signature"],
    lines: ["Nordic", "Lund", "Alba", "Mira", "Cucina", "Saffron", "Pantry"],
    uses: ["weeknight dinners", "slow Sunday breakfasts", "cooking for a crowd", "small kitchens"],
    features: [
      "Backed by a ten-year warranty",
      "Designed in Copenhagen",
      "Easy to clean",
      "Rated 4.6 out of 5 by verified buyers",
    ],
  },
  electronics: {
    palette: [
      ...NEUTRALS.slice(0, 3),
      c("Midnight Blue", 225, 40, 30),
      c("Silver", 210, 8, 76),
      c("Coral", 10, 70, 62),
    ],
    descriptors: ["Compact", "Premium", "Essential", "Travel", "Everyday", "Studio"],
    lines: ["X2", "Air", "Pro 14", "Neo", "S5", "Mini", "Max", "One"],
    uses: ["work and play", "travel", "video calls", "the home office", "everyday carry"],
    features: [
      "Two-year warranty included",
      "Ships in plastic-free packaging",
      "Works with every major platform",
      "Rated 4.6 out of 5 by verified buyers",
    ],
  },
  toys: {
    palette: [...BRIGHT, ...SOFT],
    descriptors: ["Colourful", "Classic", "Family", "Deluxe", "Junior", "Mini"],
    lines: ["Pirate Island", "Space Station", "Dino Valley", "Treehouse", "Castle", "Safari", "Ocean"],
    uses: ["ages 6 and up", "rainy afternoons", "birthdays", "hours of play"],
    features: [
      "Tested to EN 71 toy safety standards",
      "Sturdy enough to be handed down",
      "Rated 4.8 out of 5 by parents",
      "Comes with a storage bag",
    ],
  },
  beauty: {
    palette: [...SOFT, c("Peach", 22, 75, 74), c("Ivory", 42, 50, 88), c("Plum", 300, 30, 36)],
    descriptors: ["Gentle", "Everyday", "Signature", "Travel-Size", "Professional", "Classic"],
    lines: ["Dew", "Velvet", "Bloom", "Pure", "Glow", "Silk"],
    uses: ["every skin type", "morning and evening routines", "sensitive skin", "all-day wear"],
    features: [
      "Vegan and never tested on animals",
      "In recyclable packaging",
      "Made in France",
      "Rated 4.7 out of 5 by verified buyers",
    ],
  },
  pharmacy: {
    palette: [
      c("White", 180, 10, 92),
      c("Mint", 160, 45, 62),
      c("Blue", 210, 55, 55),
      c("Orange", 28, 80, 58),
    ],
    descriptors: ["Fast-Acting", "Gentle", "Daily", "Travel Size", "Family Pack", "Sensitive"],
    lines: ["30 pcs", "60 pcs", "Value Pack", "Duo Pack", "Single"],
    uses: ["the medicine cabinet", "travel kits", "daily use", "the whole family"],
    features: [
      "Read the leaflet before use; ask a pharmacist if unsure",
      "Ships discreetly in plain packaging",
      "Store below 25 °C, out of children's reach",
      "Sold by a licensed pharmacy",
    ],
  },
  "wine-spirits": {
    palette: [c("Ruby", 350, 60, 28)],
    descriptors: ["Reserve", "Organic", "Estate", "Old Vine", "Small Batch", "Classic"],
    uses: ["a slow dinner", "sharing with friends", "the cellar", "celebrations"],
    features: [
      "Aged in French oak barrels",
      "Hand-harvested from a single estate",
      "Best served slightly chilled",
      "Bottled without added sulphites",
      "Pairs well with grilled food and hard cheeses",
    ],
  },
  garden: {
    palette: [...EARTHY, c("Green", 120, 40, 40), c("Anthracite", 210, 8, 28), WOODS[0] as ArtColour],
    descriptors: ["Classic", "Compact", "Heavy-Duty", "Premium", "Garden", "Essential"],
    lines: ["Meadow", "Terrace", "Orchard", "Patio", "Allotment", "Bloom"],
    uses: ["balconies and small gardens", "long summer evenings", "the allotment", "every season"],
    features: [
      "Made to last outdoors",
      "Replacement parts are available for ten years",
      "Designed in the Netherlands",
      "Rated 4.6 out of 5 by verified buyers",
    ],
  },
  fashion: {
    palette: [...NEUTRALS, ...DEEP, c("Camel", 32, 45, 60), c("Olive", 75, 30, 40), c("Rose", 345, 45, 70)],
    descriptors: ["Relaxed", "Slim-Fit", "Oversized", "Tailored", "Everyday", "Classic"],
    uses: ["the office and the weekend", "layering through the seasons", "everyday wear", "travel"],
    features: [
      "True to size; see the size guide for measurements",
      "Machine washable at 30 °C",
      "Made in Portugal in a family-run workshop",
      "Free returns within 30 days",
    ],
  },
  home: {
    palette: [
      ...NEUTRALS,
      ...WOODS,
      c("Terracotta", 14, 55, 55),
      c("Sage", 110, 20, 60),
      c("Ink", 225, 35, 28),
    ],
    descriptors: ["Scandinavian", "Mid-Century", "Minimal", "Cosy", "Handmade", "Classic"],
    lines: ["Oslo", "Kyoto", "Lund", "Aalto", "Sienna", "Harbour", "Loft"],
    uses: ["small flats", "the living room", "the bedroom", "reading corners"],
    features: [
      "Designed in Copenhagen, made in Portugal",
      "Free returns within 30 days",
      "Every piece is checked by hand before it ships",
      "Rated 4.6 out of 5 by verified buyers",
    ],
  },
  books: {
    palette: [...DEEP, ...EARTHY, ...SOFT, c("Cream", 45, 55, 84)],
    descriptors: ["Bestselling", "Award-Winning", "New", "Illustrated", "Paperback", "Hardcover"],
    uses: [],
    features: [
      "Now in paperback",
      "A word-of-mouth favourite with book clubs",
      "With a new afterword by the author",
      "Printed on paper from responsibly managed forests",
    ],
  },
};

/** Title words per book leaf: `{A} {B}` patterns that read like real books of the genre. */
const BOOK_WORDS: Readonly<Record<string, { readonly a: readonly string[]; readonly b: readonly string[] }>> =
  {
    fiction: {
      a: [
        "The Salt",
        "A Winter in",
        "The Glass",
        "The Last Summer in",
        "Nights in",
        "The Lighthouse at",
        "The Quiet",
      ],
      b: ["House", "Lisbon", "Orchard", "Harbour", "Trieste", "Season", "Garden"],
    },
    "non-fiction": {
      a: ["A Short History of", "The Science of", "Inside", "Walking", "The Age of", "Lessons from"],
      b: ["Bread", "Sleep", "the Alps", "Rivers", "Maps", "the Ocean", "Trees"],
    },
    children: {
      a: ["Little Fox and", "The Bear Who Lost", "Goodnight,", "Milo and", "The Very Brave"],
      b: ["the Moon", "His Hat", "Puddle", "the Dragon", "Snail", "Rainy Day"],
    },
    cookbooks: {
      a: ["Simple", "One Pan", "The Italian", "Green", "Fire and", "Sunday"],
      b: ["Suppers", "Kitchen", "Baking", "Plates", "Smoke", "Pasta"],
    },
    religion: {
      a: ["Daily Prayers for", "Reading the Psalms", "A Guide to", "Paths of", "Reflections on"],
      b: ["Every Season", "Faith", "Contemplation", "Scripture", "Grace"],
    },
    politics: {
      a: ["The Campaign for", "A Politics of", "Voices from", "The Making of", "Letters on"],
      b: ["Europe", "Democracy", "the Left", "the Right", "Reform", "Parliament"],
    },
  };

/** What a kind of product is made of, with its preposition; `top:kind` wins over `kind`. */
const MATERIALS: Readonly<Record<string, readonly string[]>> = {
  tshirt: ["in organic cotton", "in linen"],
  shirt: ["in organic cotton", "in linen", "in poplin"],
  sweater: ["in merino wool", "in organic cotton", "in a cashmere blend"],
  jacket: ["in a wool blend", "in waxed cotton", "in recycled polyester"],
  coat: ["in a wool blend", "in waxed cotton"],
  trousers: ["in organic cotton", "in recycled denim", "in stretch twill"],
  dress: ["in linen", "in viscose", "in organic cotton"],
  "fashion:boot": ["in leather", "in natural rubber", "in suede"],
  sneaker: ["in leather", "in suede", "in recycled canvas"],
  sandal: ["in leather", "in cork and leather"],
  "fashion:belt": ["in vegetable-tanned leather"],
  wallet: ["in vegetable-tanned leather"],
  handbag: ["in leather", "in recycled canvas"],
  scarf: ["in merino wool", "in a cashmere blend", "in silk"],
  "outdoor:boot": ["in leather with a Vibram sole", "in suede with a Gore-Tex lining"],
  "outdoor:sneaker": ["with a Vibram sole", "with a recycled mesh upper"],
  "outdoor:jacket": ["in Gore-Tex", "in recycled ripstop"],
  "outdoor:belt": ["in recycled polyester"],
  tent: ["in ripstop nylon", "in recycled polyester"],
  "sleeping-bag": ["with responsibly sourced down", "with synthetic insulation"],
  backpack: ["in recycled ripstop", "in waxed canvas"],
  "outdoor:handbag": ["in recycled ripstop"],
  poles: ["in aluminium", "in carbon"],
  "outdoor:mat-roll": ["in closed-cell foam", "with self-inflating foam"],
  "sports:mat-roll": ["in natural rubber", "in TPE foam"],
  "sports:belt": ["in organic cotton"],
  block: ["in cork", "in EVA foam"],
  "sports:cushion": ["with buckwheat filling"],
  dumbbell: ["in cast iron", "in rubber-coated steel"],
  kettlebell: ["in cast iron"],
  pan: ["in cast iron", "in carbon steel", "in stainless steel"],
  pot: ["in enamelled cast iron", "in stainless steel"],
  knife: ["in Damascus steel", "in stainless steel"],
  plate: ["in stoneware", "in porcelain"],
  bowl: ["in stoneware", "in porcelain"],
  glass: ["in crystal glass"],
  teapot: ["in cast iron", "in porcelain"],
  cutlery: ["in stainless steel"],
  press: ["in borosilicate glass"],
  "home:table": ["in solid oak", "in walnut veneer"],
  "garden:table": ["in FSC teak", "in powder-coated steel"],
  chair: ["in FSC teak", "in powder-coated steel"],
  shelf: ["in solid oak", "in powder-coated steel"],
  sofa: ["in bouclé", "in linen", "in velvet"],
  armchair: ["in bouclé", "in velvet", "in rattan"],
  "home:cushion": ["in linen", "in velvet"],
  linen: ["in linen", "in organic cotton", "in wool"],
  rug: ["in wool", "in jute"],
  vase: ["in stoneware", "in recycled glass"],
  mirror: ["in a brass frame", "in an oak frame"],
  frame: ["in an oak frame"],
  "floor-lamp": ["in brass", "with a linen shade"],
  pendant: ["in opal glass", "in rattan"],
  "desk-lamp": ["in brass", "in powder-coated steel"],
  candle: ["in soy wax"],
  jar: ["with hyaluronic acid", "with shea butter", "with niacinamide"],
  dropper: ["with vitamin C", "with argan oil", "with hyaluronic acid"],
  "beauty:tube": ["with SPF 50", "with zinc oxide"],
  "beauty:pump": ["with argan oil", "with aloe vera", "with panthenol"],
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Plural nouns ("Rain Boots", "Chinos") take no article. */
const isPlural = (noun: string) => /[^s]s$/i.test(noun) && !/Chess Set$/.test(noun);
const withArticle = (words: string, noun: string) =>
  isPlural(noun) ? capitalize(words) : `${/^[aeiou]/i.test(words) ? "An" : "A"} ${words}`;

/**
 * The copy of one product. Books get a title of their genre and an author; other products "Brand Line Noun" or
 * "Brand Descriptor Noun" (with a colour where shoppers choose by colour), and a description that names the material
 * and what the product is for.
 */
export function productCopy(faker: Faker, input: CopyInput, kind: string): ProductCopy {
  const spec = copyByTop[input.top] ?? (copyByTop.home as TopCopy);
  const pick = <T>(list: readonly T[]): T => faker.helpers.arrayElement(list as T[]);
  const descriptor = pick(spec.descriptors);
  const colour = colourFor(input, pick(spec.palette));
  const feature = pick(spec.features);
  const noun = input.noun.toLowerCase();

  if (input.top === "books") {
    const words = BOOK_WORDS[input.leaf] ?? (BOOK_WORDS.fiction as (typeof BOOK_WORDS)[string]);
    const title = `${pick(words.a)} ${pick(words.b)}`;
    const author = `${faker.person.firstName()} ${faker.person.lastName()}`;
    return {
      title,
      description: `${withArticle(`${descriptor.toLowerCase()} ${noun}`, input.noun)} by ${author}, published by ${input.brand}. ${feature}.`,
      colour,
      words: [author.toLowerCase(), descriptor.toLowerCase()],
    };
  }

  const use = pick(spec.uses);
  if (input.top === "wine-spirits") {
    const aged =
      input.leaf === "whisky"
        ? `${pick([10, 12, 15, 18])} Year Old`
        : String(faker.number.int({ min: 2012, max: 2023 }));
    return {
      title: `${input.brand} ${input.noun} ${descriptor} ${aged}`,
      description: `${withArticle(`${descriptor.toLowerCase()} ${input.noun}`, "")} from ${input.brand}, for ${use}. ${feature}.`,
      colour,
      words: [descriptor.toLowerCase()],
    };
  }
  if (input.top === "pharmacy") {
    const pack = spec.lines ? pick(spec.lines) : "Single";
    return {
      title: `${input.brand} ${input.noun}, ${pack}`,
      description: `${capitalize(noun)} for ${use}. ${feature}.`,
      colour,
      words: [],
    };
  }
  const materials = MATERIALS[`${input.top}:${kind}`] ?? MATERIALS[kind];
  const material = materials ? pick(materials) : undefined;
  const line = spec.lines && faker.number.float() < 0.6 ? pick(spec.lines) : undefined;
  const byColour = input.top === "fashion" || input.top === "home" || input.top === "outdoor";
  const title =
    input.top === "electronics" && line
      ? `${input.brand} ${input.noun} ${line}`
      : `${input.brand} ${line ?? descriptor} ${input.noun}${byColour ? `, ${colour.name}` : ""}`;
  const what = `${descriptor.toLowerCase()} ${noun}${material ? ` ${material}` : ""}`;
  return {
    title,
    description: `${withArticle(what, input.noun)}, made for ${use}. ${feature}.`,
    colour,
    words: [descriptor.toLowerCase(), colour.name.toLowerCase()],
  };
}

/** Wine is red, white or rosé by its kind; everything else takes the palette's pick. */
function colourFor(input: CopyInput, picked: ArtColour): ArtColour {
  if (input.leaf === "white-wine") {
    return /Prosecco|Champagne/.test(input.noun) ? c("Gold", 48, 55, 62) : c("Pale Green", 80, 35, 58);
  }
  if (input.leaf === "whisky") return c("Amber", 32, 75, 45);
  if (input.leaf === "gin")
    return input.noun === "Pink Gin" ? c("Pink", 345, 60, 70) : c("Crystal", 190, 35, 75);
  return picked;
}
