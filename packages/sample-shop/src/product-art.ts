/**
 * Product pictures drawn locally as SVG from a product's kind, colour and brand: no network, no fonts to load, the
 * same markup for the same product. Each kind is a small flat illustration in a 100 × 100 box.
 */
import type { Product } from "./types.ts";

/** What a product is, as far as its picture goes; every noun of the catalog maps to one. */
export type ArtKind = (typeof artKinds)[number];

/** Every kind {@link productSvg} can draw. */
export const artKinds = [
  "tent",
  "sleeping-bag",
  "stove",
  "torch",
  "mat-roll",
  "cooler",
  "sneaker",
  "boot",
  "sandal",
  "tshirt",
  "shirt",
  "sweater",
  "jacket",
  "coat",
  "dress",
  "trousers",
  "vest",
  "belt",
  "band",
  "backpack",
  "handbag",
  "wallet",
  "scarf",
  "glasses",
  "cap",
  "helmet",
  "poles",
  "bottle",
  "bike",
  "scooter",
  "dumbbell",
  "kettlebell",
  "rower",
  "rope",
  "ball",
  "guard",
  "glove",
  "swimsuit",
  "board",
  "fins",
  "block",
  "cushion",
  "book",
  "pan",
  "pot",
  "knife",
  "coffee-machine",
  "grinder",
  "teapot",
  "press",
  "jug",
  "plate",
  "glass",
  "cutlery",
  "bowl",
  "mixer",
  "blender",
  "fryer",
  "toaster",
  "kettle",
  "phone",
  "charger",
  "power-bank",
  "headphones",
  "earbuds",
  "speaker",
  "turntable",
  "soundbar",
  "laptop",
  "monitor",
  "keyboard",
  "mouse",
  "webcam",
  "camera",
  "lens",
  "tripod",
  "watch",
  "ring",
  "game-box",
  "puzzle",
  "chess",
  "cards",
  "wheel",
  "bricks",
  "robot",
  "plush",
  "kite",
  "bucket",
  "blaster",
  "swing",
  "jar",
  "dropper",
  "tube",
  "pump",
  "lipstick",
  "mascara",
  "palette",
  "perfume",
  "hairdryer",
  "straightener",
  "pill-box",
  "patch",
  "pill-bottle",
  "first-aid",
  "thermometer",
  "bandage",
  "test-stick",
  "meter",
  "kit-box",
  "wine-bottle",
  "sparkling",
  "whisky",
  "gin",
  "seed-packet",
  "plant",
  "shears",
  "mower",
  "watering-can",
  "spade",
  "chair",
  "table",
  "parasol",
  "hammock",
  "grill",
  "tongs",
  "oven",
  "sofa",
  "shelf",
  "armchair",
  "floor-lamp",
  "pendant",
  "desk-lamp",
  "string-lights",
  "linen",
  "vase",
  "frame",
  "mirror",
  "candle",
  "rug",
] as const;

/** A view of the product for a gallery: the whole product, a close-up, or the product on its packaging colour. */
export type ArtView = "front" | "detail" | "scene";

interface Colours {
  /** The product's colour. */
  readonly m: string;
  /** A darker shade, for outlines and shadows. */
  readonly d: string;
  /** A lighter shade, for highlights. */
  readonly l: string;
  /** Metal. */
  readonly g: string;
  /** Near black. */
  readonly k: string;
  /** White. */
  readonly w: string;
}

type Draw = (c: Colours) => string;

const path = (d: string, fill: string) => `<path d="${d}" fill="${fill}"/>`;
const rect = (x: number, y: number, w: number, h: number, rx: number, fill: string) =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${rx}" fill="${fill}"/>`;
const circle = (cx: number, cy: number, r: number, fill: string) =>
  `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"/>`;
const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string) =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${fill}"/>`;
const line = (d: string) => `<path d="${d}" fill="none"/>`;

const bottleShape = (neck: number, shoulder: number) =>
  `M${50 - neck} 16 H${50 + neck} V${shoulder} Q${64} ${shoulder + 8} 64 ${shoulder + 18} V84 Q64 86 62 86 H38 Q36 86 36 84 V${shoulder + 18} Q36 ${shoulder + 8} ${50 - neck} ${shoulder} Z`;

const drawings: Readonly<Record<ArtKind, Draw>> = {
  tent: (c) =>
    path("M14 80 L46 24 L86 80 Z", c.m) + path("M46 24 L38 80 H56 Z", c.d) + line("M10 80 H90 M46 24 L52 16"),
  "sleeping-bag": (c) =>
    rect(28, 16, 44, 70, 20, c.m) + rect(34, 22, 32, 14, 7, c.l) + line("M50 36 V80 M36 50 H64 M36 64 H64"),
  stove: (c) =>
    rect(30, 62, 40, 20, 4, c.g) +
    path("M36 62 L30 54 M64 62 L70 54", c.k) +
    path("M32 36 H68 V52 Q68 56 64 56 H36 Q32 56 32 52 Z", c.m) +
    line("M44 72 H56"),
  torch: (c) =>
    rect(22, 42, 40, 16, 6, c.m) + path("M62 38 L80 32 V68 L62 62 Z", c.l) + circle(36, 50, 3, c.w),
  "mat-roll": (c) =>
    rect(20, 34, 56, 32, 16, c.m) + ellipse(76, 50, 10, 16, c.l) + ellipse(76, 50, 4, 7, c.d),
  cooler: (c) =>
    rect(20, 38, 60, 44, 6, c.m) +
    rect(20, 38, 60, 12, 4, c.l) +
    line("M36 38 V28 H64 V38") +
    rect(44, 58, 12, 6, 2, c.w),
  sneaker: (c) =>
    path("M14 70 Q14 52 22 48 L42 42 Q50 50 60 52 L82 58 Q88 62 88 70 Z", c.m) +
    rect(12, 70, 78, 8, 4, c.w) +
    line("M34 48 L40 56 M42 46 L48 54 M50 48 L54 54"),
  boot: (c) =>
    path("M30 16 H56 V56 L80 64 Q86 68 86 76 H30 Z", c.m) +
    rect(28, 76, 60, 8, 3, c.d) +
    rect(28, 16, 30, 8, 3, c.l) +
    line("M40 34 H52 M40 44 H52"),
  sandal: (c) =>
    path("M16 72 Q16 64 26 64 H80 Q88 64 88 72 Q88 78 80 78 H26 Q16 78 16 72 Z", c.d) +
    path("M34 64 Q42 44 56 64 M56 64 Q64 48 72 64", "none") +
    rect(38, 56, 30, 6, 3, c.m),
  tshirt: (c) => path("M36 18 Q50 28 64 18 L84 30 L76 44 L68 40 V84 H32 V40 L24 44 L16 30 Z", c.m),
  shirt: (c) =>
    path("M36 18 L50 26 L64 18 L82 28 L76 46 L68 42 V84 H32 V42 L24 46 L18 28 Z", c.m) +
    path("M40 18 L50 32 L60 18 L50 22 Z", c.w) +
    line("M50 32 V84") +
    circle(52, 44, 1.2, c.w) +
    circle(52, 56, 1.2, c.w) +
    circle(52, 68, 1.2, c.w),
  sweater: (c) =>
    path("M36 20 Q50 28 64 20 L82 30 L86 78 L76 78 L70 44 V82 H30 V44 L24 78 L14 78 L18 30 Z", c.m) +
    line("M30 76 H70 M36 20 Q50 32 64 20"),
  jacket: (c) =>
    path("M38 16 L50 22 L62 16 L80 26 L86 76 H74 L70 46 V82 H30 V46 L26 76 H14 L20 26 Z", c.m) +
    line("M50 22 V82 M36 56 H44 M56 56 H64") +
    path("M38 16 Q44 30 50 22 Q56 30 62 16", c.d),
  coat: (c) =>
    path("M38 12 L50 20 L62 12 L78 22 L84 72 H74 L70 42 L74 90 H26 L30 42 L26 72 H16 L22 22 Z", c.m) +
    path("M38 12 L46 36 L50 20 L54 36 L62 12 L50 20 Z", c.d) +
    line("M50 36 V90") +
    circle(54, 50, 1.5, c.k) +
    circle(54, 62, 1.5, c.k),
  dress: (c) =>
    path("M40 14 H60 L58 34 Q66 40 64 46 L80 88 H20 L36 46 Q34 40 42 34 Z", c.m) + line("M38 46 H62"),
  trousers: (c) =>
    path("M32 14 H68 L74 88 H56 L50 40 L44 88 H26 Z", c.m) + rect(32, 14, 36, 6, 1, c.d) + line("M50 20 V40"),
  vest: (c) =>
    path("M36 16 Q50 34 64 16 L74 24 V84 H26 V24 Z", c.m) + rect(34, 50, 32, 8, 2, c.l) + line("M50 34 V84"),
  belt: (c) =>
    rect(10, 42, 80, 14, 3, c.m) +
    rect(34, 38, 18, 22, 3, "none") +
    line("M43 42 V56") +
    circle(70, 49, 1.5, c.d),
  band: (c) =>
    ellipse(50, 50, 34, 22, "none") + ellipse(50, 50, 28, 16, "none") + rect(44, 26, 12, 10, 2, c.m),
  backpack: (c) =>
    path("M30 30 Q30 18 50 18 Q70 18 70 30 V82 Q70 86 66 86 H34 Q30 86 30 82 Z", c.m) +
    rect(36, 54, 28, 24, 4, c.l) +
    line("M42 18 Q42 10 50 10 Q58 10 58 18 M36 54 H64"),
  handbag: (c) =>
    path("M20 40 H80 L74 84 H26 Z", c.m) +
    line("M36 40 Q36 20 50 20 Q64 20 64 40") +
    rect(44, 48, 12, 6, 2, c.g),
  wallet: (c) =>
    rect(20, 32, 60, 40, 6, c.m) +
    path("M56 44 H80 V60 H56 Q50 60 50 52 Q50 44 56 44 Z", c.d) +
    circle(60, 52, 2, c.g),
  scarf: (c) =>
    path("M30 20 Q50 34 70 20 L72 30 Q50 46 28 30 Z", c.m) +
    path("M56 36 L64 86 H50 L46 40 Z", c.m) +
    line("M50 86 V90 M54 86 V90 M58 86 V90 M62 86 V90"),
  glasses: (c) =>
    rect(14, 42, 30, 20, 9, c.k) +
    rect(56, 42, 30, 20, 9, c.k) +
    line("M44 48 Q50 44 56 48 M14 46 L8 40 M86 46 L92 40") +
    rect(18, 46, 10, 4, 2, c.m),
  cap: (c) =>
    path("M22 62 Q22 30 50 28 Q78 30 78 62 Z", c.m) + path("M20 62 H80 Q80 68 74 68 H26 Q20 68 20 62 Z", c.d),
  helmet: (c) =>
    path("M16 62 Q18 26 52 24 Q84 26 86 58 L78 66 H24 Z", c.m) +
    line("M34 30 L40 58 M52 26 V58 M70 30 L64 58") +
    path("M24 66 L30 78 M78 66 L72 78", "none"),
  poles: (c) =>
    line("M36 14 L42 88 M62 14 L56 88") + rect(32, 12, 8, 18, 3, c.m) + rect(60, 12, 8, 18, 3, c.m),
  bottle: (c) => rect(42, 14, 16, 8, 2, c.k) + rect(36, 22, 28, 64, 8, c.m) + rect(36, 44, 28, 18, 0, c.l),
  bike: (c) =>
    circle(26, 62, 16, "none") +
    circle(74, 62, 16, "none") +
    line("M26 62 L42 38 H66 L74 62 M42 38 L50 62 L66 38 M50 62 H26 M38 30 H48 M66 38 L62 28 H70") +
    circle(50, 62, 3, c.m) +
    path("M42 38 L50 62 L66 38 Z", "none") +
    `<path d="M26 62 L42 38 H66 L50 62 Z" fill="none" stroke="${c.m}" stroke-width="4"/>`,
  scooter: (c) =>
    circle(22, 76, 8, c.k) +
    circle(78, 76, 8, c.k) +
    rect(22, 66, 50, 6, 3, c.m) +
    line("M72 68 L66 18 M58 18 H74"),
  dumbbell: (c) =>
    rect(16, 34, 12, 32, 3, c.k) +
    rect(72, 34, 12, 32, 3, c.k) +
    rect(28, 40, 8, 20, 2, c.m) +
    rect(64, 40, 8, 20, 2, c.m) +
    rect(36, 46, 28, 8, 2, c.g),
  kettlebell: (c) =>
    path("M36 42 Q30 30 38 22 H62 Q70 30 64 42", "none") +
    circle(50, 62, 24, c.m) +
    rect(40, 82, 20, 4, 2, c.d),
  rower: (c) =>
    rect(12, 70, 76, 6, 3, c.k) +
    circle(78, 58, 12, c.m) +
    rect(36, 62, 16, 8, 2, c.d) +
    line("M66 56 L56 44 M20 76 V84 M80 76 V84"),
  rope: (c) =>
    path("M20 70 Q50 -10 80 70", "none") + rect(14, 66, 10, 22, 4, c.m) + rect(76, 66, 10, 22, 4, c.m),
  ball: (c) =>
    circle(50, 52, 32, c.w) +
    path("M50 40 L61 48 L57 61 H43 L39 48 Z", c.m) +
    line("M50 40 V22 M61 48 L78 42 M57 61 L66 76 M43 61 L34 76 M39 48 L22 42"),
  guard: (c) =>
    path("M34 16 H66 Q72 50 64 86 H36 Q28 50 34 16 Z", c.m) + line("M40 34 H60 M38 50 H62 M40 66 H60"),
  glove: (c) =>
    path(
      "M30 86 V50 L24 36 Q22 30 28 30 L36 44 V20 Q36 14 42 14 Q46 14 46 20 V16 Q46 10 52 10 Q56 10 56 16 V20 Q56 14 62 14 Q66 14 66 20 V24 Q66 20 70 20 Q74 20 74 26 V86 Z",
      c.m,
    ) + rect(30, 74, 44, 12, 2, c.d),
  swimsuit: (c) =>
    path("M34 14 L40 14 Q50 34 60 14 H66 L64 44 Q70 60 76 70 Q62 84 50 76 Q38 84 24 70 Q30 60 36 44 Z", c.m) +
    path("M36 46 H64", "none"),
  board: (c) =>
    path("M24 26 Q24 14 50 14 Q76 14 76 26 V80 Q76 86 70 86 H30 Q24 86 24 80 Z", c.m) +
    rect(38, 24, 24, 8, 4, c.w),
  fins: (c) =>
    path("M22 20 H40 L46 86 L24 86 L16 70 Z", c.m) +
    path("M58 20 H76 L84 70 L76 86 L54 86 Z", c.m) +
    rect(22, 20, 18, 14, 4, c.k) +
    rect(58, 20, 18, 14, 4, c.k),
  block: (c) =>
    path("M20 40 L46 28 L82 38 V66 L56 80 L20 68 Z", c.m) +
    path("M20 40 L56 52 L82 38 M56 52 V80", "none") +
    path("M20 40 L46 28 L82 38 L56 52 Z", c.l),
  cushion: (c) =>
    path("M18 30 Q50 20 82 30 Q90 50 82 72 Q50 82 18 72 Q10 50 18 30 Z", c.m) + circle(50, 51, 3, c.d),
  book: (c) =>
    rect(26, 12, 48, 76, 3, c.m) +
    rect(26, 12, 8, 76, 2, c.d) +
    rect(40, 26, 28, 4, 2, c.w) +
    rect(40, 34, 20, 3, 1.5, c.w) +
    rect(40, 72, 22, 3, 1.5, c.l),
  pan: (c) => ellipse(40, 56, 28, 14, c.k) + ellipse(40, 54, 22, 10, c.m) + rect(66, 50, 28, 7, 3, c.d),
  pot: (c) =>
    path("M24 40 H76 V74 Q76 84 66 84 H34 Q24 84 24 74 Z", c.m) +
    ellipse(50, 40, 28, 6, c.l) +
    rect(44, 28, 12, 6, 3, c.d) +
    rect(14, 46, 10, 6, 3, c.d) +
    rect(76, 46, 10, 6, 3, c.d),
  knife: (c) => path("M14 58 L64 40 Q70 44 66 52 L24 64 Z", c.g) + rect(62, 42, 28, 10, 4, c.m),
  "coffee-machine": (c) =>
    rect(24, 16, 52, 70, 6, c.m) +
    rect(32, 24, 36, 10, 2, c.k) +
    rect(38, 38, 24, 6, 2, c.g) +
    path("M42 62 H58 V74 Q58 78 54 78 H46 Q42 78 42 74 Z", c.w) +
    rect(24, 80, 52, 6, 2, c.d),
  grinder: (c) =>
    path("M36 14 H64 L68 40 H32 Z", c.l) + rect(30, 40, 40, 46, 6, c.m) + rect(42, 58, 16, 16, 2, c.k),
  teapot: (c) =>
    path("M28 48 Q28 82 50 82 Q72 82 72 48 Z", c.m) +
    path("M72 54 Q86 50 88 38 Q80 46 72 62", c.m) +
    line("M28 56 Q14 56 18 70 Q22 76 30 72") +
    ellipse(50, 46, 22, 4, c.l) +
    circle(50, 38, 4, c.d),
  press: (c) =>
    rect(32, 30, 34, 54, 4, c.l) +
    rect(32, 46, 34, 38, 3, c.d) +
    rect(30, 80, 38, 6, 2, c.m) +
    rect(30, 24, 38, 8, 2, c.k) +
    line("M49 24 V12 M44 12 H54 M66 40 H76 V70 H66"),
  jug: (c) =>
    path("M32 26 H66 L64 84 H34 Z", c.m) +
    path("M32 26 L24 34 H34", c.m) +
    line("M66 36 Q80 38 78 54 Q76 66 64 66"),
  plate: (c) =>
    ellipse(50, 54, 38, 18, c.w) +
    ellipse(50, 53, 26, 11, c.l) +
    `<ellipse cx="50" cy="54" rx="33" ry="15.5" fill="none" stroke="${c.m}" stroke-width="2"/>` +
    ellipse(50, 48, 38, 18, "none"),
  glass: (c) =>
    path("M34 14 H66 Q68 44 50 50 Q32 44 34 14 Z", c.l) +
    path("M36 30 H64 Q62 44 50 48 Q38 44 36 30 Z", c.m) +
    line("M50 50 V80 M38 84 H62"),
  cutlery: (c) =>
    rect(26, 40, 6, 46, 3, c.g) +
    path("M22 14 V34 Q22 42 29 42 Q36 42 36 34 V14", "none") +
    rect(47, 40, 6, 46, 3, c.g) +
    ellipse(50, 26, 8, 14, c.g) +
    path("M68 14 Q78 30 72 48 V86 H66 V14 Z", c.g) +
    rect(24, 60, 10, 4, 1, c.m) +
    rect(45, 60, 10, 4, 1, c.m) +
    rect(64, 60, 10, 4, 1, c.m),
  bowl: (c) => path("M14 44 H86 Q86 80 50 82 Q14 80 14 44 Z", c.m) + ellipse(50, 44, 36, 8, c.l),
  mixer: (c) =>
    path("M26 26 Q26 16 40 16 H72 Q80 16 80 26 V40 H40 V70 H26 Z", c.m) +
    path("M44 50 H76 L72 76 H48 Z", c.g) +
    rect(20, 76, 62, 8, 3, c.d),
  blender: (c) =>
    path("M32 14 H68 L62 62 H38 Z", c.l) +
    rect(30, 10, 40, 6, 2, c.k) +
    rect(34, 62, 32, 24, 4, c.m) +
    circle(50, 74, 4, c.w),
  fryer: (c) =>
    path("M28 18 H72 Q80 18 80 28 V80 Q80 86 74 86 H26 Q20 86 20 80 V28 Q20 18 28 18 Z", c.m) +
    rect(30, 48, 40, 28, 4, c.k) +
    rect(42, 28, 16, 8, 3, c.w),
  toaster: (c) =>
    path("M20 40 Q20 30 30 30 H70 Q80 30 80 40 V80 H20 Z", c.m) +
    rect(32, 30, 12, 4, 1, c.k) +
    rect(56, 30, 12, 4, 1, c.k) +
    rect(80, 46, 6, 10, 2, c.d),
  kettle: (c) =>
    path("M30 34 H68 L74 84 H24 Z", c.m) +
    line("M34 34 Q50 14 66 34") +
    path("M30 48 L16 38 L20 34 L30 40", c.m) +
    rect(22, 84, 54, 4, 2, c.d),
  phone: (c) => rect(32, 10, 36, 80, 7, c.k) + rect(35, 16, 30, 66, 3, c.m) + rect(45, 13, 10, 2, 1, c.g),
  charger: (c) =>
    rect(34, 30, 32, 38, 6, c.w) +
    rect(41, 16, 5, 14, 1, c.g) +
    rect(54, 16, 5, 14, 1, c.g) +
    line("M50 68 Q50 86 72 86") +
    circle(50, 48, 4, c.m),
  "power-bank": (c) => rect(24, 20, 52, 64, 8, c.m) + path("M52 34 L40 54 H50 L46 70 L60 48 H50 Z", c.w),
  headphones: (c) =>
    line("M24 58 Q24 18 50 18 Q76 18 76 58") + rect(16, 52, 16, 28, 6, c.m) + rect(68, 52, 16, 28, 6, c.m),
  earbuds: (c) =>
    rect(26, 50, 48, 32, 14, c.w) +
    circle(38, 36, 8, c.m) +
    circle(62, 36, 8, c.m) +
    rect(36, 36, 4, 14, 2, c.m) +
    rect(60, 36, 4, 14, 2, c.m),
  speaker: (c) =>
    rect(28, 14, 44, 72, 10, c.m) + circle(50, 60, 14, c.k) + circle(50, 60, 5, c.g) + circle(50, 30, 6, c.k),
  turntable: (c) =>
    rect(12, 30, 76, 50, 5, c.m) +
    circle(42, 55, 20, c.k) +
    circle(42, 55, 6, c.w) +
    line("M76 36 V60 L60 66"),
  soundbar: (c) => rect(8, 42, 84, 18, 8, c.m) + line("M20 51 H80") + circle(88, 51, 1.5, c.w),
  laptop: (c) =>
    rect(22, 20, 56, 40, 3, c.k) + rect(26, 24, 48, 32, 1, c.m) + path("M12 62 H88 L82 72 H18 Z", c.g),
  monitor: (c) =>
    rect(12, 16, 76, 46, 3, c.k) +
    rect(16, 20, 68, 38, 1, c.m) +
    path("M44 62 H56 L58 76 H42 Z", c.g) +
    rect(32, 76, 36, 5, 2, c.g),
  keyboard: (c) =>
    rect(8, 36, 84, 30, 4, c.m) +
    [0, 1, 2]
      .map((r) =>
        [0, 1, 2, 3, 4, 5, 6, 7].map((k) => rect(13 + k * 9.6, 40 + r * 7.5, 7, 5.5, 1, c.w)).join(""),
      )
      .join(""),
  mouse: (c) =>
    path("M50 16 Q74 16 74 46 V62 Q74 86 50 86 Q26 86 26 62 V46 Q26 16 50 16 Z", c.m) +
    line("M50 16 V42 M26 42 H74") +
    rect(47, 24, 6, 10, 3, c.k),
  webcam: (c) =>
    circle(50, 42, 24, c.m) +
    circle(50, 42, 12, c.k) +
    circle(50, 42, 5, c.l) +
    path("M36 66 H64 L68 84 H32 Z", c.d),
  camera: (c) =>
    path("M16 34 H34 L40 24 H60 L66 34 H84 V80 H16 Z", c.k) +
    circle(50, 56, 18, c.m) +
    circle(50, 56, 9, c.k) +
    rect(70, 40, 8, 5, 1, c.m),
  lens: (c) =>
    rect(24, 30, 52, 42, 6, c.k) +
    rect(20, 38, 60, 8, 2, c.m) +
    ellipse(76, 51, 6, 21, c.g) +
    rect(24, 58, 52, 4, 1, c.m),
  tripod: (c) =>
    rect(36, 14, 28, 12, 3, c.m) +
    line("M50 26 V48 L28 88 M50 48 L72 88 M50 48 V88") +
    rect(46, 26, 8, 22, 2, c.k),
  watch: (c) =>
    rect(40, 8, 20, 84, 6, c.d) +
    rect(30, 30, 40, 40, 10, c.k) +
    rect(35, 35, 30, 30, 6, c.m) +
    line("M50 50 V42 M50 50 H57"),
  ring: (c) =>
    circle(50, 54, 26, "none") +
    `<circle cx="50" cy="54" r="22" fill="none" stroke="${c.m}" stroke-width="8"/>` +
    rect(44, 26, 12, 6, 3, c.g),
  "game-box": (c) =>
    path("M14 40 L50 26 L86 40 V70 L50 84 L14 70 Z", c.m) +
    path("M14 40 L50 54 L86 40 L50 26 Z", c.l) +
    line("M50 54 V84") +
    circle(50, 40, 6, c.w),
  puzzle: (c) =>
    path(
      "M20 20 H44 Q40 12 50 12 Q60 12 56 20 H80 V44 Q88 40 88 50 Q88 60 80 56 V80 H56 Q60 88 50 88 Q40 88 44 80 H20 V56 Q12 60 12 50 Q12 40 20 44 Z",
      c.m,
    ) + line("M50 20 V80 M20 50 H80"),
  chess: (c) =>
    rect(14, 70, 72, 14, 2, c.l) +
    path("M30 70 L34 48 Q28 44 32 36 Q38 30 42 38 Q44 44 40 48 L42 70 Z", c.k) +
    path("M54 70 L58 40 H54 V32 H58 V26 H62 V32 H66 V40 H62 L66 70 Z", c.m),
  cards: (c) =>
    `<g transform="rotate(-12 50 50)">${rect(22, 20, 36, 54, 4, c.w)}</g>` +
    `<g transform="rotate(10 50 50)">${rect(40, 24, 36, 54, 4, c.m)}</g>` +
    path("M58 44 L64 52 L58 60 L52 52 Z", c.w),
  wheel: (c) =>
    circle(50, 52, 34, c.m) +
    circle(50, 52, 26, c.k) +
    line("M50 26 V78 M24 52 H76 M32 34 L68 70 M68 34 L32 70") +
    circle(50, 52, 6, c.g),
  bricks: (c) =>
    rect(16, 48, 40, 26, 2, c.m) +
    rect(44, 30, 40, 26, 2, c.l) +
    [20, 32, 44].map((x) => rect(x, 42, 8, 6, 1, c.m)).join("") +
    [48, 60, 72].map((x) => rect(x, 24, 8, 6, 1, c.l)).join(""),
  robot: (c) =>
    rect(30, 24, 40, 28, 6, c.m) +
    circle(42, 38, 4, c.w) +
    circle(58, 38, 4, c.w) +
    rect(34, 56, 32, 26, 4, c.l) +
    line("M50 24 V14 M30 64 H18 M70 64 H82 M42 82 V90 M58 82 V90") +
    circle(50, 12, 3, c.d),
  plush: (c) =>
    circle(30, 26, 10, c.m) +
    circle(70, 26, 10, c.m) +
    circle(50, 42, 24, c.m) +
    ellipse(50, 76, 24, 16, c.m) +
    ellipse(50, 48, 10, 7, c.l) +
    circle(42, 38, 2.5, c.k) +
    circle(58, 38, 2.5, c.k) +
    circle(50, 46, 2, c.k),
  kite: (c) =>
    path("M50 10 L76 40 L50 76 L24 40 Z", c.m) +
    path("M50 10 L50 76 M24 40 H76", "none") +
    path("M50 10 L76 40 L50 40 Z", c.l) +
    line("M50 76 Q40 84 50 88 Q60 92 54 96"),
  bucket: (c) =>
    path("M26 34 H74 L68 84 H32 Z", c.m) +
    ellipse(50, 34, 24, 6, c.l) +
    line("M26 36 Q50 10 74 36") +
    path("M74 64 L88 50 L92 54 L80 70 Z", c.d),
  blaster: (c) =>
    path("M14 40 H78 Q86 40 86 48 V52 H60 L56 78 H40 L44 52 H14 Z", c.m) +
    rect(20, 30, 30, 10, 4, c.l) +
    rect(86, 44, 6, 4, 1, c.d),
  swing: (c) => line("M10 14 H90 M34 14 V70 M66 14 V70") + rect(28, 70, 44, 8, 3, c.m),
  jar: (c) => rect(24, 28, 52, 12, 4, c.d) + rect(26, 40, 48, 44, 10, c.m) + rect(32, 52, 36, 16, 3, c.w),
  dropper: (c) =>
    path("M46 10 Q50 6 54 10 V26 H46 Z", c.k) +
    rect(42, 26, 16, 8, 2, c.k) +
    rect(34, 34, 32, 52, 8, c.m) +
    rect(38, 52, 24, 18, 2, c.w),
  tube: (c) =>
    path("M32 14 H68 L62 72 H38 Z", c.m) + rect(40, 72, 20, 14, 3, c.d) + rect(40, 30, 20, 14, 2, c.w),
  pump: (c) =>
    path("M46 10 H60 V14 H50 V22 H46 Z", c.k) +
    rect(44, 22, 12, 10, 2, c.k) +
    rect(32, 32, 36, 54, 10, c.m) +
    rect(36, 48, 28, 20, 3, c.w),
  lipstick: (c) =>
    path("M42 26 L58 18 V46 H42 Z", c.m) + rect(38, 46, 24, 12, 2, c.g) + rect(36, 58, 28, 28, 3, c.k),
  mascara: (c) => rect(44, 10, 12, 40, 6, c.k) + rect(42, 50, 16, 36, 4, c.m) + rect(42, 48, 16, 4, 1, c.g),
  palette: (c) =>
    rect(12, 26, 76, 48, 6, c.k) +
    [0, 1, 2, 3].map((i) => circle(26 + i * 16, 42, 6, `hsl(${(i * 40 + 10) % 360} 45% 60%)`)).join("") +
    [0, 1, 2, 3].map((i) => circle(26 + i * 16, 60, 6, i % 2 ? c.m : c.l)).join(""),
  perfume: (c) =>
    rect(42, 14, 16, 14, 3, c.g) +
    rect(46, 28, 8, 6, 1, c.g) +
    rect(24, 34, 52, 52, 12, c.l) +
    rect(30, 40, 40, 40, 9, c.m) +
    rect(38, 56, 24, 8, 2, c.w),
  hairdryer: (c) =>
    path("M16 30 H58 Q76 30 76 46 Q76 62 58 62 H16 Z", c.m) +
    rect(8, 32, 10, 28, 3, c.d) +
    path("M48 62 H64 L60 90 H50 Z", c.m) +
    circle(58, 46, 8, c.l),
  straightener: (c) =>
    path("M44 10 H52 L54 66 H46 Z", c.m) +
    path("M56 10 H64 L58 66 H54 Z", c.d) +
    rect(44, 66, 14, 24, 4, c.k) +
    rect(46, 12, 6, 30, 1, c.g),
  "pill-box": (c) =>
    path("M18 36 L60 24 L84 34 V68 L42 80 L18 70 Z", c.w) +
    path("M18 36 L42 46 L84 34 M42 46 V80", "none") +
    path("M18 36 L42 46 V80 L18 70 Z", c.m) +
    rect(50, 50, 24, 6, 2, c.m),
  patch: (c) =>
    `<g transform="rotate(-20 50 50)">${rect(14, 36, 72, 28, 12, c.l)}${rect(36, 40, 28, 20, 3, c.m)}</g>`,
  "pill-bottle": (c) =>
    rect(30, 14, 40, 16, 3, c.w) + rect(32, 30, 36, 56, 6, c.m) + rect(36, 44, 28, 26, 2, c.w),
  "first-aid": (c) =>
    rect(16, 30, 68, 52, 6, c.m) +
    line("M40 30 V22 H60 V30") +
    path("M44 42 H56 V52 H66 V62 H56 V72 H44 V62 H34 V52 H44 Z", c.w),
  thermometer: (c) =>
    `<g transform="rotate(35 50 50)">${rect(44, 8, 12, 70, 6, c.w)}${rect(47, 44, 6, 30, 3, c.m)}${circle(50, 80, 9, c.m)}</g>`,
  bandage: (c) =>
    circle(50, 52, 30, c.w) +
    circle(50, 52, 10, c.l) +
    path("M50 22 H88 V34 H56", c.w) +
    `<circle cx="50" cy="52" r="20" fill="none" stroke="${c.m}" stroke-width="2"/>`,
  "test-stick": (c) =>
    `<g transform="rotate(-30 50 50)">${rect(40, 8, 20, 84, 8, c.w)}${rect(40, 8, 20, 22, 8, c.m)}${rect(44, 44, 12, 16, 2, c.l)}${rect(46, 48, 8, 2, 1, c.d)}</g>`,
  meter: (c) =>
    rect(24, 18, 52, 66, 10, c.w) +
    rect(30, 24, 40, 26, 3, c.k) +
    circle(40, 66, 6, c.m) +
    circle(60, 66, 6, c.m) +
    rect(36, 30, 20, 8, 1, c.l),
  "kit-box": (c) =>
    rect(18, 24, 64, 60, 4, c.m) +
    rect(18, 24, 64, 14, 3, c.d) +
    path("M40 54 Q50 44 60 54 Q50 64 40 54 Z M40 66 Q50 56 60 66", c.w),
  "wine-bottle": (c) =>
    path(bottleShape(5, 40), c.m) + rect(44, 10, 12, 8, 1, c.d) + rect(38, 58, 24, 18, 2, c.w),
  sparkling: (c) =>
    path(bottleShape(6, 36), c.m) + path("M43 10 H57 L56 24 H44 Z", c.g) + rect(38, 56, 24, 18, 2, c.w),
  whisky: (c) =>
    rect(44, 10, 12, 12, 2, c.k) +
    rect(46, 22, 8, 10, 1, c.m) +
    path("M30 34 H70 V84 Q70 86 68 86 H32 Q30 86 30 84 Z", c.m) +
    rect(34, 50, 32, 22, 2, c.w),
  gin: (c) =>
    rect(42, 10, 16, 12, 2, c.g) +
    path("M30 26 H70 L72 84 Q72 86 70 86 H30 Q28 86 28 84 Z", c.l) +
    rect(34, 44, 32, 26, 3, c.m),
  "seed-packet": (c) =>
    path("M24 14 H76 V86 H24 Z", c.w) +
    rect(24, 14, 52, 10, 0, c.m) +
    circle(50, 50, 14, c.m) +
    path("M50 36 Q60 26 66 32 Q60 42 50 40", c.l) +
    rect(32, 72, 36, 4, 2, c.m),
  plant: (c) =>
    path("M34 62 H66 L62 86 H38 Z", "hsl(20 45% 55%)") +
    line("M50 62 V30") +
    ellipse(38, 40, 12, 6, c.m) +
    ellipse(62, 34, 12, 6, c.m) +
    ellipse(40, 24, 10, 5, c.m) +
    ellipse(60, 50, 11, 5, c.m),
  shears: (c) =>
    path("M50 50 L78 14 L82 18 Z", c.g) +
    path("M50 50 L22 14 L18 18 Z", c.g) +
    rect(30, 52, 12, 36, 5, c.m) +
    rect(58, 52, 12, 36, 5, c.m),
  mower: (c) =>
    path("M18 48 H70 L76 74 H14 Z", c.m) +
    circle(24, 76, 8, c.k) +
    circle(68, 76, 8, c.k) +
    line("M70 50 L86 18 H92"),
  "watering-can": (c) =>
    path("M24 40 H64 V82 H24 Z", c.m) +
    path("M64 58 L88 30 L92 34 L66 72 Z", c.m) +
    line("M30 40 Q44 18 58 40"),
  spade: (c) =>
    rect(46, 8, 8, 54, 3, "hsl(30 40% 45%)") +
    path("M36 60 H64 V80 Q64 90 50 92 Q36 90 36 80 Z", c.g) +
    rect(38, 8, 24, 6, 3, c.m),
  chair: (c) =>
    path("M24 20 H40 L54 58 H80 V66 H30 Z", c.m) + line("M32 66 L24 88 M76 66 L82 88 M50 66 L46 88"),
  table: (c) => rect(10, 36, 80, 8, 2, c.m) + rect(16, 44, 6, 42, 2, c.d) + rect(78, 44, 6, 42, 2, c.d),
  parasol: (c) =>
    path("M10 40 Q50 6 90 40 Z", c.m) + path("M30 40 Q50 14 70 40", "none") + line("M50 14 V88 M40 88 H60"),
  hammock: (c) =>
    line("M12 14 V88 M88 14 V88 M12 30 L26 50 M88 30 L74 50") +
    path("M26 50 Q50 80 74 50 Q50 64 26 50 Z", c.m),
  grill: (c) =>
    path("M16 40 H84 Q84 72 50 72 Q16 72 16 40 Z", c.k) +
    path("M20 34 Q50 14 80 34 Z", c.m) +
    line("M34 72 L24 90 M66 72 L76 90 M50 72 V90 M20 40 H80"),
  tongs: (c) =>
    path("M14 70 L84 30 L86 34 L20 76 Z", c.g) +
    path("M14 70 L84 58 L84 62 L18 76 Z", c.g) +
    rect(10, 66, 16, 14, 4, c.m),
  oven: (c) =>
    path("M14 84 V52 Q14 20 50 20 Q86 20 86 52 V84 Z", c.m) +
    path("M30 84 V62 Q30 48 50 48 Q70 48 70 62 V84 Z", c.k) +
    rect(44, 8, 12, 14, 2, c.d),
  sofa: (c) =>
    rect(14, 32, 72, 30, 8, c.m) +
    rect(8, 46, 16, 28, 5, c.d) +
    rect(76, 46, 16, 28, 5, c.d) +
    rect(22, 52, 56, 22, 3, c.l) +
    line("M50 52 V74 M16 74 V84 M84 74 V84"),
  shelf: (c) =>
    rect(24, 10, 52, 80, 2, c.m) +
    rect(28, 14, 44, 22, 0, c.l) +
    rect(28, 40, 44, 22, 0, c.l) +
    rect(28, 66, 44, 20, 0, c.l) +
    rect(32, 20, 6, 16, 1, c.d) +
    rect(40, 24, 6, 12, 1, c.k) +
    rect(56, 48, 10, 14, 1, c.d),
  armchair: (c) =>
    path("M24 18 H76 Q80 18 80 24 V56 H20 V24 Q20 18 24 18 Z", c.m) +
    rect(12, 44, 16, 32, 5, c.d) +
    rect(72, 44, 16, 32, 5, c.d) +
    rect(26, 56, 48, 18, 3, c.l) +
    line("M20 76 V86 M80 76 V86"),
  "floor-lamp": (c) =>
    path("M34 12 H66 L74 38 H26 Z", c.m) + line("M50 38 V84") + ellipse(50, 86, 16, 4, c.k),
  pendant: (c) => line("M50 6 V30") + path("M36 30 H64 L78 64 H22 Z", c.m) + ellipse(50, 66, 10, 4, c.l),
  "desk-lamp": (c) =>
    line("M28 84 L40 52 L64 34") +
    path("M58 24 L80 20 L88 44 Z", c.m) +
    ellipse(28, 86, 16, 4, c.k) +
    circle(40, 52, 3, c.d),
  "string-lights": (c) =>
    line("M8 24 Q30 48 50 30 Q70 12 92 40") +
    [
      [18, 36],
      [34, 42],
      [50, 32],
      [66, 22],
      [82, 30],
    ]
      .map(([x, y]) => ellipse(x ?? 0, (y ?? 0) + 8, 5, 8, c.m))
      .join(""),
  linen: (c) =>
    rect(14, 60, 72, 20, 4, c.m) +
    rect(18, 44, 64, 18, 4, c.l) +
    rect(22, 28, 56, 18, 4, c.m) +
    line("M22 37 H78 M18 53 H82 M14 70 H86"),
  vase: (c) =>
    path("M40 14 H60 V24 Q76 38 72 62 Q68 86 50 86 Q32 86 28 62 Q24 38 40 24 Z", c.m) + line("M32 50 H68"),
  frame: (c) =>
    rect(18, 14, 64, 72, 2, c.k) +
    rect(24, 20, 52, 60, 1, c.l) +
    path("M24 80 L44 50 L56 64 L64 54 L76 80 Z", c.m) +
    circle(62, 34, 5, c.w),
  mirror: (c) =>
    ellipse(50, 50, 30, 40, c.m) +
    ellipse(50, 50, 24, 34, "hsl(200 30% 88%)") +
    line("M40 30 L50 22 M42 40 L58 26"),
  candle: (c) =>
    rect(22, 44, 18, 42, 3, c.m) +
    rect(44, 34, 18, 52, 3, c.l) +
    rect(66, 52, 14, 34, 3, c.m) +
    path("M31 44 Q28 36 31 32 Q34 36 31 44 M53 34 Q50 26 53 22 Q56 26 53 34", "hsl(40 95% 60%)"),
  rug: (c) =>
    `<g transform="skewX(-18) translate(16 0)">${rect(14, 28, 68, 50, 2, c.m)}${rect(22, 36, 52, 34, 2, c.l)}${rect(34, 46, 28, 14, 2, c.m)}</g>`,
};

/** Named colours a product comes in, as HSL; `hsl` drives the picture. */
export interface ArtColour {
  readonly name: string;
  readonly hue: number;
  readonly saturation: number;
  readonly lightness: number;
}

const hsl = (h: number, s: number, l: number) => `hsl(${Math.round(h)} ${Math.round(s)}% ${Math.round(l)}%)`;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function colours(colour: ArtColour): Colours {
  const { hue, saturation: s, lightness: l } = colour;
  return {
    m: hsl(hue, s, l),
    d: hsl(hue, clamp(s + 5, 0, 100), clamp(l - 22, 8, 60)),
    l: hsl(hue, clamp(s - 10, 0, 100), clamp(l + 22, 40, 94)),
    g: "hsl(210 8% 74%)",
    k: "hsl(220 8% 20%)",
    w: "hsl(0 0% 99%)",
  };
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (ch) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[ch] ?? ch,
  );

/** The picture of a product: its kind drawn in its colour, on a backdrop with the brand's wordmark. */
export function productSvg(product: Pick<Product, "brand" | "image">, view: ArtView = "front"): string {
  const { kind, colour } = product.image;
  const c = colours(colour);
  const drawing = drawings[kind] ?? drawings["kit-box"];
  const backdropHue = (colour.hue + 30) % 360;
  const backdrop =
    view === "scene" ? hsl(backdropHue, 30, 86) : hsl(colour.hue, clamp(colour.saturation * 0.35, 6, 30), 95);
  const art = `<g stroke="${c.k}" stroke-opacity="0.55" stroke-width="1.4" stroke-linejoin="round" stroke-linecap="round">${drawing(c)}</g>`;
  const placed =
    view === "detail"
      ? `<g transform="translate(-45 -45) scale(1.9)">${art}</g>`
      : view === "scene"
        ? `${rect(0, 78, 100, 22, 0, hsl(backdropHue, 22, 76))}<g transform="translate(14 8) scale(0.72)">${art}</g>`
        : `${ellipse(50, 91, 30, 3, "hsl(0 0% 0% / 0.08)")}<g transform="translate(6 4) scale(0.88)">${art}</g>`;
  const mark =
    view === "detail"
      ? ""
      : `<text x="6" y="96" font-family="system-ui, sans-serif" font-size="${Math.min(6, 140 / Math.max(1, product.brand.length * 1.05)).toFixed(2)}" font-weight="700" letter-spacing="0.3" fill="${hsl(colour.hue, clamp(colour.saturation, 10, 60), 30)}">${escapeXml(product.brand.toUpperCase())}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="${backdrop}"/>${placed}${mark}</svg>`;
}

/** {@link productSvg} as a `data:` URL for an `<img>` (allowed by a CSP with `img-src data:`). */
export function productImageUrl(product: Pick<Product, "brand" | "image">, view: ArtView = "front"): string {
  return `data:image/svg+xml,${encodeURIComponent(productSvg(product, view))}`;
}
