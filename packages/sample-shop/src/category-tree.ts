/** The sample shop's category tree: twelve top-level categories, their leaves, and what their items look like. */
import type { ArtKind } from "./product-art.ts";
import type { Category, SensitiveTag } from "./types.ts";

/** A kind of product in a leaf: its display noun and what its picture shows. */
export interface NounSpec {
  readonly noun: string;
  readonly kind: ArtKind;
}

/** Items of a leaf that differ from the rest (gambling-like, health, genetic, …), drawn with probability `share`. */
export interface SpecialItemSpec {
  readonly share: number;
  readonly nouns: readonly NounSpec[];
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
  readonly nouns: readonly NounSpec[];
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

/** Parses `"Tent=tent, Sleeping Bag=sleeping-bag"` into noun specs. */
const nouns = (list: string): NounSpec[] =>
  list.split(", ").map((entry) => {
    const [noun = entry, kind] = entry.split("=");
    return { noun, kind: (kind ?? "kit-box") as ArtKind };
  });

const leaf = (
  slug: string,
  name: string,
  glyph: string,
  share: number,
  price: readonly [number, number],
  list: string,
  extra: Partial<Pick<LeafSpec, "sensitive" | "ageRestricted" | "special">> = {},
): LeafSpec => ({ slug, name, glyph, share, price, nouns: nouns(list), ...extra });

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
        "Tent=tent, Sleeping Bag=sleeping-bag, Camping Stove=stove, Headlamp=torch, Sleeping Mat=mat-roll, Cooler=cooler",
      ),
      leaf(
        "running",
        "Running",
        "👟",
        4,
        [12, 220],
        "Running Shoes=sneaker, Running Vest=vest, Trail Shoes=sneaker, Hydration Belt=belt, Running Tights=trousers",
      ),
      leaf(
        "hiking",
        "Hiking",
        "🥾",
        3,
        [10, 380],
        "Hiking Boots=boot, Backpack=backpack, Trekking Poles=poles, Rain Jacket=jacket, Water Filter=bottle",
      ),
      leaf(
        "cycling",
        "Cycling",
        "🚲",
        3,
        [8, 1200],
        "Bike Helmet=helmet, Cycling Jersey=tshirt, Bike Light=torch, Saddle Bag=handbag, Gravel Bike=bike",
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
        "Dumbbell Set=dumbbell, Kettlebell=kettlebell, Resistance Bands=band, Rowing Machine=rower, Jump Rope=rope",
      ),
      leaf(
        "team-sports",
        "Team Sports",
        "⚽",
        3,
        [10, 160],
        "Football=ball, Basketball=ball, Shin Guards=guard, Goalkeeper Gloves=glove, Volleyball=ball",
      ),
      leaf(
        "swimming",
        "Swimming",
        "🏊",
        2,
        [6, 90],
        "Swim Goggles=glasses, Swimsuit=swimsuit, Swim Cap=cap, Kickboard=board, Swim Fins=fins",
      ),
      leaf(
        "yoga",
        "Yoga",
        "🧘",
        2,
        [9, 120],
        "Yoga Mat=mat-roll, Yoga Block=block, Meditation Cushion=cushion, Yoga Strap=belt",
      ),
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
        "Novel=book, Crime Thriller=book, Fantasy Saga=book, Short Stories=book, Romance Novel=book",
      ),
      leaf(
        "non-fiction",
        "Non-fiction",
        "📘",
        4,
        [8, 45],
        "Biography=book, History Book=book, Popular Science Book=book, Travel Guide=book",
      ),
      leaf(
        "children",
        "Children's Books",
        "🐣",
        3,
        [5, 25],
        "Picture Book=book, Bedtime Stories=book, Activity Book=book, First Reader=book",
      ),
      leaf(
        "cookbooks",
        "Cookbooks",
        "🥘",
        2,
        [12, 48],
        "Baking Book=book, Vegetarian Cookbook=book, Pasta Cookbook=book, Grill Cookbook=book",
      ),
      leaf(
        "religion",
        "Religion & Spirituality",
        "🕊️",
        1,
        [7, 40],
        "Prayer Book=book, Scripture Study=book, Meditation Guide=book, Book of Psalms=book",
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
        "Political Memoir=book, Party Manifesto=book, Policy Essays=book, Campaign History=book",
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
        "Frying Pan=pan, Dutch Oven=pot, Saucepan Set=pot, Wok=pan, Chef's Knife=knife",
      ),
      leaf(
        "coffee-tea",
        "Coffee & Tea",
        "☕",
        3,
        [6, 900],
        "Espresso Machine=coffee-machine, Coffee Grinder=grinder, Teapot=teapot, French Press=press, Milk Frother=jug",
      ),
      leaf(
        "tableware",
        "Tableware",
        "🍽️",
        2,
        [8, 180],
        "Dinner Plates=plate, Wine Glasses=glass, Cutlery Set=cutlery, Serving Bowl=bowl",
      ),
      leaf(
        "appliances",
        "Appliances",
        "🔌",
        3,
        [20, 700],
        "Stand Mixer=mixer, Blender=blender, Air Fryer=fryer, Toaster=toaster, Kettle=kettle",
      ),
    ],
  },
  {
    slug: "electronics",
    name: "Electronics",
    glyph: "🔋",
    hue: 220,
    leaves: [
      leaf(
        "phones",
        "Phones",
        "📱",
        3,
        [15, 1300],
        "Smartphone=phone, Phone Case=phone, Charger=charger, Power Bank=power-bank",
      ),
      leaf(
        "audio",
        "Audio",
        "🎧",
        3,
        [15, 600],
        "Headphones=headphones, Earbuds=earbuds, Bluetooth Speaker=speaker, Turntable=turntable, Soundbar=soundbar",
      ),
      leaf(
        "computers",
        "Computers",
        "💻",
        3,
        [15, 2400],
        "Laptop=laptop, Monitor=monitor, Keyboard=keyboard, Mouse=mouse, Webcam=webcam",
      ),
      leaf(
        "cameras",
        "Cameras",
        "📷",
        2,
        [40, 2200],
        "Mirrorless Camera=camera, Lens=lens, Tripod=tripod, Action Camera=camera",
      ),
      leaf(
        "wearables",
        "Wearables",
        "⌚",
        2,
        [25, 500],
        "Smartwatch=watch, Watch Strap=watch, Smart Ring=ring",
        {
          special: {
            share: 0.5,
            nouns: nouns("Heart Rate Monitor=watch, Sleep Tracker=ring, ECG Smartwatch=watch"),
            sensitive: ["health"],
          },
        },
      ),
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
        "Strategy Game=game-box, Party Game=game-box, Puzzle=puzzle, Chess Set=chess, Card Game=cards",
        {
          special: {
            share: 0.2,
            nouns: nouns("Poker Set=cards, Roulette Set=wheel, Mystery Loot Box=game-box"),
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
        "Brick Set=bricks, Marble Run=bricks, Construction Kit=bricks, Robot Kit=robot",
      ),
      leaf(
        "plush",
        "Plush",
        "🧸",
        2,
        [7, 60],
        "Teddy Bear=plush, Plush Unicorn=plush, Cuddly Dog=plush, Plush Dinosaur=plush",
      ),
      leaf(
        "outdoor-play",
        "Outdoor Play",
        "🪁",
        2,
        [10, 400],
        "Kite=kite, Scooter=scooter, Sandbox Set=bucket, Water Blaster=blaster, Swing=swing",
      ),
    ],
  },
  {
    slug: "beauty",
    name: "Beauty",
    glyph: "💄",
    hue: 330,
    leaves: [
      leaf(
        "skin-care",
        "Skin Care",
        "🧴",
        3,
        [6, 120],
        "Face Cream=jar, Serum=dropper, Sunscreen=tube, Cleanser=pump, Face Mask=jar",
      ),
      leaf(
        "makeup",
        "Makeup",
        "💄",
        3,
        [5, 70],
        "Lipstick=lipstick, Mascara=mascara, Foundation=pump, Eyeshadow Palette=palette",
      ),
      leaf(
        "fragrance",
        "Fragrance",
        "🌸",
        2,
        [15, 180],
        "Eau de Parfum=perfume, Eau de Toilette=perfume, Body Mist=pump",
      ),
      leaf(
        "hair-care",
        "Hair Care",
        "💇",
        2,
        [5, 250],
        "Shampoo=pump, Hair Dryer=hairdryer, Conditioner=pump, Hair Oil=dropper, Straightener=straightener",
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
        "Ibuprofen Tablets=pill-box, Pain Relief Gel=tube, Migraine Tablets=pill-box, Heat Patch=patch",
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
        "Vitamin D=pill-bottle, Magnesium=pill-bottle, Multivitamin=pill-bottle, Iron Supplement=pill-bottle, Omega-3=pill-bottle",
        {
          sensitive: ["health"],
        },
      ),
      leaf(
        "first-aid",
        "First Aid",
        "🩹",
        1,
        [3, 60],
        "Plasters=patch, First Aid Kit=first-aid, Thermometer=thermometer, Bandage=bandage",
        {
          sensitive: ["health"],
        },
      ),
      leaf(
        "sexual-wellness",
        "Sexual Wellness",
        "❤️",
        1,
        [5, 80],
        "Condoms=pill-box, Lubricant=tube, Pregnancy Test=test-stick, Ovulation Test=test-stick",
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
        "Blood Pressure Monitor=meter, Glucose Meter=meter, Allergy Test=test-stick",
        {
          sensitive: ["health"],
          special: {
            share: 0.25,
            nouns: nouns("Ancestry DNA Kit=kit-box"),
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
      leaf(
        "red-wine",
        "Red Wine",
        "🍷",
        3,
        [6, 120],
        "Rioja=wine-bottle, Bordeaux=wine-bottle, Chianti=wine-bottle, Pinot Noir=wine-bottle, Primitivo=wine-bottle",
        {
          ageRestricted: 18,
        },
      ),
      leaf(
        "white-wine",
        "White & Sparkling",
        "🥂",
        2,
        [6, 90],
        "Riesling=wine-bottle, Chardonnay=wine-bottle, Prosecco=sparkling, Champagne=sparkling, Sauvignon Blanc=wine-bottle",
        {
          ageRestricted: 18,
        },
      ),
      leaf(
        "whisky",
        "Whisky",
        "🥃",
        2,
        [20, 300],
        "Single Malt=whisky, Bourbon=whisky, Blended Whisky=whisky, Rye Whiskey=whisky",
        {
          ageRestricted: 18,
        },
      ),
      leaf(
        "gin",
        "Gin & Liqueurs",
        "🍸",
        1,
        [15, 70],
        "Dry Gin=gin, Pink Gin=gin, Amaretto=gin, Limoncello=gin",
        {
          ageRestricted: 18,
        },
      ),
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
        "Seed Mix=seed-packet, Olive Tree=plant, Herb Set=plant, Rose Bush=plant, Flower Bulbs=seed-packet",
      ),
      leaf(
        "tools",
        "Garden Tools",
        "🪴",
        3,
        [6, 500],
        "Pruning Shears=shears, Lawn Mower=mower, Watering Can=watering-can, Hedge Trimmer=shears, Spade=spade",
      ),
      leaf(
        "furniture",
        "Garden Furniture",
        "🪑",
        2,
        [30, 1500],
        "Lounge Chair=chair, Garden Table=table, Parasol=parasol, Hammock=hammock",
      ),
      leaf(
        "grills",
        "Grills",
        "🔥",
        2,
        [25, 1100],
        "Charcoal Grill=grill, Gas Grill=grill, Grill Tongs=tongs, Pizza Oven=oven",
      ),
    ],
  },
  {
    slug: "fashion",
    name: "Fashion",
    glyph: "👗",
    hue: 270,
    leaves: [
      leaf(
        "women",
        "Women",
        "👗",
        4,
        [12, 350],
        "Dress=dress, Blouse=shirt, Jeans=trousers, Knit Sweater=sweater, Trench Coat=coat",
      ),
      leaf(
        "men",
        "Men",
        "👔",
        3,
        [12, 320],
        "Shirt=shirt, Chinos=trousers, Hoodie=sweater, Wool Coat=coat, Blazer=jacket",
      ),
      leaf(
        "kids",
        "Kids",
        "🧒",
        2,
        [6, 90],
        "Kids' Jacket=jacket, Pyjamas=shirt, Kids' T-Shirt=tshirt, Rain Boots=boot",
      ),
      leaf(
        "shoes",
        "Shoes",
        "👠",
        3,
        [20, 280],
        "Sneakers=sneaker, Loafers=sneaker, Ankle Boots=boot, Sandals=sandal",
      ),
      leaf(
        "accessories",
        "Accessories",
        "👜",
        2,
        [8, 600],
        "Handbag=handbag, Scarf=scarf, Belt=belt, Sunglasses=glasses, Wallet=wallet",
      ),
    ],
  },
  {
    slug: "home",
    name: "Home",
    glyph: "🏠",
    hue: 45,
    leaves: [
      leaf(
        "furniture",
        "Furniture",
        "🛋️",
        3,
        [30, 1800],
        "Sofa=sofa, Bookshelf=shelf, Armchair=armchair, Dining Table=table, Desk=table",
      ),
      leaf(
        "lighting",
        "Lighting",
        "💡",
        2,
        [10, 400],
        "Floor Lamp=floor-lamp, Pendant Light=pendant, Desk Lamp=desk-lamp, String Lights=string-lights",
      ),
      leaf(
        "bedding",
        "Bedding",
        "🛏️",
        2,
        [12, 300],
        "Duvet=linen, Pillow=cushion, Bed Linen Set=linen, Throw Blanket=linen",
      ),
      leaf(
        "decor",
        "Decor",
        "🖼️",
        2,
        [6, 250],
        "Vase=vase, Wall Art=frame, Candle Set=candle, Mirror=mirror, Rug=rug",
      ),
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
