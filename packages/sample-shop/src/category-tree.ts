/** The sample shop's category tree: twelve top-level categories, their leaves, and what their items look like. */
import type { Category, SensitiveTag } from "./types.ts";

/** Items of a leaf that differ from the rest (gambling-like, biometric, …), drawn with probability `share`. */
export interface SpecialItemSpec {
  readonly share: number;
  readonly nouns: readonly string[];
  readonly sensitive?: readonly SensitiveTag[];
  readonly ageRestricted?: 18;
}

/** How to generate the items of one leaf category. */
export interface LeafSpec {
  readonly slug: string;
  readonly name: string;
  readonly glyph: string;
  /** Relative share of the catalog's items. */
  readonly share: number;
  /** Price range in EUR; prices are drawn log-uniformly in it. */
  readonly price: readonly [number, number];
  readonly nouns: readonly string[];
  readonly sensitive?: readonly SensitiveTag[];
  readonly ageRestricted?: 18;
  readonly special?: SpecialItemSpec;
}

/** A top-level category and its leaves. */
export interface TopSpec {
  readonly slug: string;
  readonly name: string;
  readonly glyph: string;
  readonly hue: number;
  readonly leaves: readonly LeafSpec[];
}

const leaf = (
  slug: string,
  name: string,
  glyph: string,
  share: number,
  price: readonly [number, number],
  nouns: string,
  extra: Partial<Pick<LeafSpec, "sensitive" | "ageRestricted" | "special">> = {},
): LeafSpec => ({ slug, name, glyph, share, price, nouns: nouns.split(", "), ...extra });

/** The tree the catalog is generated from, in display order. */
export const categoryTree: readonly TopSpec[] = [
  {
    slug: "outdoor",
    name: "Outdoor",
    glyph: "⛰️",
    hue: 140,
    leaves: [
      leaf(
        "camping",
        "Camping",
        "⛺",
        4,
        [9, 450],
        "Tent, Sleeping Bag, Camping Stove, Headlamp, Sleeping Mat, Cooler",
      ),
      leaf(
        "running",
        "Running",
        "👟",
        4,
        [12, 220],
        "Running Shoes, Running Vest, Trail Shoes, Hydration Belt, Running Tights",
      ),
      leaf(
        "hiking",
        "Hiking",
        "🥾",
        3,
        [10, 380],
        "Hiking Boots, Backpack, Trekking Poles, Rain Jacket, Water Filter",
      ),
      leaf(
        "cycling",
        "Cycling",
        "🚲",
        3,
        [8, 1200],
        "Bike Helmet, Cycling Jersey, Bike Light, Saddle Bag, Gravel Bike",
      ),
    ],
  },
  {
    slug: "sports",
    name: "Sports",
    glyph: "🏅",
    hue: 200,
    leaves: [
      leaf(
        "fitness",
        "Fitness",
        "🏋️",
        4,
        [8, 600],
        "Dumbbell Set, Kettlebell, Resistance Bands, Rowing Machine, Jump Rope",
      ),
      leaf(
        "team-sports",
        "Team Sports",
        "⚽",
        3,
        [10, 160],
        "Football, Basketball, Shin Guards, Goalkeeper Gloves, Volleyball",
      ),
      leaf(
        "swimming",
        "Swimming",
        "🏊",
        2,
        [6, 90],
        "Swim Goggles, Swimsuit, Swim Cap, Kickboard, Swim Fins",
      ),
      leaf("yoga", "Yoga", "🧘", 2, [9, 120], "Yoga Mat, Yoga Block, Meditation Cushion, Yoga Strap"),
    ],
  },
  {
    slug: "books",
    name: "Books",
    glyph: "📚",
    hue: 30,
    leaves: [
      leaf(
        "fiction",
        "Fiction",
        "📖",
        5,
        [6, 32],
        "Novel, Crime Thriller, Fantasy Saga, Short Stories, Romance Novel",
      ),
      leaf(
        "non-fiction",
        "Non-fiction",
        "📘",
        4,
        [8, 45],
        "Biography, History Book, Popular Science Book, Travel Guide",
      ),
      leaf(
        "children",
        "Children's Books",
        "🐣",
        3,
        [5, 25],
        "Picture Book, Bedtime Stories, Activity Book, First Reader",
      ),
      leaf(
        "cookbooks",
        "Cookbooks",
        "🥘",
        2,
        [12, 48],
        "Baking Book, Vegetarian Cookbook, Pasta Cookbook, Grill Cookbook",
      ),
      leaf(
        "religion",
        "Religion & Spirituality",
        "🕊️",
        1,
        [7, 40],
        "Prayer Book, Scripture Study, Meditation Guide, Book of Psalms",
        {
          sensitive: ["religion"],
        },
      ),
      leaf(
        "politics",
        "Politics",
        "🏛️",
        1,
        [9, 38],
        "Political Memoir, Party Manifesto, Policy Essays, Campaign History",
        {
          sensitive: ["political"],
        },
      ),
    ],
  },
  {
    slug: "kitchen",
    name: "Kitchen",
    glyph: "🍳",
    hue: 15,
    leaves: [
      leaf(
        "cookware",
        "Cookware",
        "🍳",
        4,
        [12, 320],
        "Frying Pan, Dutch Oven, Saucepan Set, Wok, Chef's Knife",
      ),
      leaf(
        "coffee-tea",
        "Coffee & Tea",
        "☕",
        3,
        [6, 900],
        "Espresso Machine, Coffee Grinder, Teapot, French Press, Milk Frother",
      ),
      leaf(
        "tableware",
        "Tableware",
        "🍽️",
        2,
        [8, 180],
        "Dinner Plates, Wine Glasses, Cutlery Set, Serving Bowl",
      ),
      leaf(
        "appliances",
        "Appliances",
        "🔌",
        3,
        [20, 700],
        "Stand Mixer, Blender, Air Fryer, Toaster, Kettle",
      ),
    ],
  },
  {
    slug: "electronics",
    name: "Electronics",
    glyph: "🔋",
    hue: 220,
    leaves: [
      leaf("phones", "Phones", "📱", 3, [15, 1300], "Smartphone, Phone Case, Charger, Power Bank"),
      leaf(
        "audio",
        "Audio",
        "🎧",
        3,
        [15, 600],
        "Headphones, Earbuds, Bluetooth Speaker, Turntable, Soundbar",
      ),
      leaf("computers", "Computers", "💻", 3, [15, 2400], "Laptop, Monitor, Keyboard, Mouse, Webcam"),
      leaf("cameras", "Cameras", "📷", 2, [40, 2200], "Mirrorless Camera, Lens, Tripod, Action Camera"),
      leaf("wearables", "Wearables", "⌚", 2, [25, 500], "Smartwatch, Watch Strap, Smart Ring", {
        special: {
          share: 0.5,
          nouns: ["Heart Rate Monitor", "Sleep Tracker", "Fingerprint Lock"],
          sensitive: ["health", "biometric"],
        },
      }),
    ],
  },
  {
    slug: "toys",
    name: "Toys & Games",
    glyph: "🧸",
    hue: 300,
    leaves: [
      leaf(
        "board-games",
        "Board Games",
        "🎲",
        3,
        [9, 90],
        "Strategy Game, Party Game, Puzzle, Chess Set, Card Game",
        {
          special: {
            share: 0.2,
            nouns: ["Poker Set", "Roulette Set", "Mystery Loot Box"],
            ageRestricted: 18,
          },
        },
      ),
      leaf(
        "building-sets",
        "Building Sets",
        "🧱",
        3,
        [10, 250],
        "Brick Set, Marble Run, Construction Kit, Robot Kit",
      ),
      leaf("plush", "Plush", "🧸", 2, [7, 60], "Teddy Bear, Plush Unicorn, Cuddly Dog, Plush Dinosaur"),
      leaf(
        "outdoor-play",
        "Outdoor Play",
        "🪁",
        2,
        [10, 400],
        "Kite, Scooter, Sandbox Set, Water Blaster, Swing",
      ),
    ],
  },
  {
    slug: "beauty",
    name: "Beauty",
    glyph: "💄",
    hue: 330,
    leaves: [
      leaf("skin-care", "Skin Care", "🧴", 3, [6, 120], "Face Cream, Serum, Sunscreen, Cleanser, Face Mask"),
      leaf("makeup", "Makeup", "💄", 3, [5, 70], "Lipstick, Mascara, Foundation, Eyeshadow Palette"),
      leaf("fragrance", "Fragrance", "🌸", 2, [15, 180], "Eau de Parfum, Eau de Toilette, Body Mist"),
      leaf(
        "hair-care",
        "Hair Care",
        "💇",
        2,
        [5, 250],
        "Shampoo, Hair Dryer, Conditioner, Hair Oil, Straightener",
      ),
    ],
  },
  {
    slug: "pharmacy",
    name: "Pharmacy",
    glyph: "💊",
    hue: 170,
    leaves: [
      leaf(
        "pain-relief",
        "Pain Relief",
        "💊",
        2,
        [3, 30],
        "Ibuprofen Tablets, Pain Relief Gel, Migraine Tablets, Heat Patch",
        {
          sensitive: ["health"],
        },
      ),
      leaf(
        "vitamins",
        "Vitamins",
        "🍊",
        2,
        [4, 45],
        "Vitamin D, Magnesium, Multivitamin, Iron Supplement, Omega-3",
        {
          sensitive: ["health"],
        },
      ),
      leaf("first-aid", "First Aid", "🩹", 1, [3, 60], "Plasters, First Aid Kit, Thermometer, Bandage", {
        sensitive: ["health"],
      }),
      leaf(
        "sexual-wellness",
        "Sexual Wellness",
        "❤️",
        1,
        [5, 80],
        "Condoms, Lubricant, Pregnancy Test, Ovulation Test",
        {
          sensitive: ["health", "sexuality"],
        },
      ),
      leaf(
        "diagnostics",
        "Tests & Diagnostics",
        "🧪",
        1,
        [8, 150],
        "Blood Pressure Monitor, Glucose Meter, Allergy Test",
        {
          sensitive: ["health"],
          special: {
            share: 0.25,
            nouns: ["Ancestry DNA Kit"],
            sensitive: ["health", "ethnicity", "biometric"],
          },
        },
      ),
    ],
  },
  {
    slug: "wine-spirits",
    name: "Wine & Spirits",
    glyph: "🍷",
    hue: 350,
    leaves: [
      leaf("red-wine", "Red Wine", "🍷", 3, [6, 120], "Rioja, Bordeaux, Chianti, Pinot Noir, Primitivo", {
        ageRestricted: 18,
      }),
      leaf(
        "white-wine",
        "White & Sparkling",
        "🥂",
        2,
        [6, 90],
        "Riesling, Chardonnay, Prosecco, Champagne, Sauvignon Blanc",
        {
          ageRestricted: 18,
        },
      ),
      leaf("whisky", "Whisky", "🥃", 2, [20, 300], "Single Malt, Bourbon, Blended Whisky, Rye Whiskey", {
        ageRestricted: 18,
      }),
      leaf("gin", "Gin & Liqueurs", "🍸", 1, [15, 70], "Dry Gin, Pink Gin, Amaretto, Limoncello", {
        ageRestricted: 18,
      }),
    ],
  },
  {
    slug: "garden",
    name: "Garden",
    glyph: "🌻",
    hue: 100,
    leaves: [
      leaf(
        "plants",
        "Plants & Seeds",
        "🌱",
        3,
        [3, 80],
        "Seed Mix, Olive Tree, Herb Set, Rose Bush, Flower Bulbs",
      ),
      leaf(
        "tools",
        "Garden Tools",
        "🪴",
        3,
        [6, 500],
        "Pruning Shears, Lawn Mower, Watering Can, Hedge Trimmer, Spade",
      ),
      leaf(
        "furniture",
        "Garden Furniture",
        "🪑",
        2,
        [30, 1500],
        "Lounge Chair, Garden Table, Parasol, Hammock",
      ),
      leaf("grills", "Grills", "🔥", 2, [25, 1100], "Charcoal Grill, Gas Grill, Grill Tongs, Pizza Oven"),
    ],
  },
  {
    slug: "fashion",
    name: "Fashion",
    glyph: "👗",
    hue: 270,
    leaves: [
      leaf("women", "Women", "👗", 4, [12, 350], "Dress, Blouse, Jeans, Knit Sweater, Trench Coat"),
      leaf("men", "Men", "👔", 3, [12, 320], "Shirt, Chinos, Hoodie, Wool Coat, Blazer"),
      leaf("kids", "Kids", "🧒", 2, [6, 90], "Kids' Jacket, Pyjamas, Kids' T-Shirt, Rain Boots"),
      leaf("shoes", "Shoes", "👠", 3, [20, 280], "Sneakers, Loafers, Ankle Boots, Sandals"),
      leaf("accessories", "Accessories", "👜", 2, [8, 600], "Handbag, Scarf, Belt, Sunglasses, Wallet"),
    ],
  },
  {
    slug: "home",
    name: "Home",
    glyph: "🏠",
    hue: 45,
    leaves: [
      leaf("furniture", "Furniture", "🛋️", 3, [30, 1800], "Sofa, Bookshelf, Armchair, Dining Table, Desk"),
      leaf("lighting", "Lighting", "💡", 2, [10, 400], "Floor Lamp, Pendant Light, Desk Lamp, String Lights"),
      leaf("bedding", "Bedding", "🛏️", 2, [12, 300], "Duvet, Pillow, Bed Linen Set, Throw Blanket"),
      leaf("decor", "Decor", "🖼️", 2, [6, 250], "Vase, Wall Art, Candle Set, Mirror, Rug"),
    ],
  },
];

/** The categories of {@link categoryTree} as data: each top-level category followed by its leaves. */
export function categoriesOf(tree: readonly TopSpec[]): Category[] {
  const out: Category[] = [];
  for (const top of tree) {
    out.push({
      id: top.slug,
      name: top.name,
      parent: null,
      path: [top.slug],
      glyph: top.glyph,
      hue: top.hue,
    });
    for (const l of top.leaves) {
      const id = `${top.slug}/${l.slug}`;
      out.push({ id, name: l.name, parent: top.slug, path: [top.slug, id], glyph: l.glyph, hue: top.hue });
    }
  }
  return out;
}
