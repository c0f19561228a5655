/** Simple pictograms per top-level category as SVG path data (100 × 100 box), so product images need no emoji font. */

/** Path data by top-level category id; unknown categories get a parcel. */
export const pictograms: Readonly<Record<string, string>> = {
  outdoor: "M18 70 L42 32 L54 50 L62 40 L82 70 Z",
  sports: "M50 26 A20 20 0 1 0 50.01 26 Z M30 46 H70 M50 26 V66",
  books: "M28 28 H48 Q50 30 50 32 V72 Q48 68 44 68 H28 Z M72 28 H52 Q50 30 50 32 V72 Q52 68 56 68 H72 Z",
  kitchen: "M26 44 H74 V56 Q74 70 60 70 H40 Q26 70 26 56 Z M20 44 H80 M42 36 H58",
  electronics: "M54 22 L34 52 H48 L44 76 L66 44 H52 Z",
  toys: "M50 24 L57 41 L76 42 L61 54 L66 72 L50 62 L34 72 L39 54 L24 42 L43 41 Z",
  beauty: "M50 24 Q66 46 66 56 A16 16 0 0 1 34 56 Q34 46 50 24 Z",
  pharmacy: "M43 26 H57 V41 H72 V55 H57 V70 H43 V55 H28 V41 H43 Z",
  "wine-spirits": "M44 22 H56 V36 Q64 42 64 52 V74 H36 V52 Q36 42 44 36 Z",
  garden: "M50 70 V46 M50 46 Q36 44 32 30 Q46 30 50 46 Q54 30 68 30 Q64 44 50 46",
  fashion: "M38 26 L50 32 L62 26 L76 36 L68 46 L64 42 V72 H36 V42 L32 46 L24 36 Z",
  home: "M24 50 L50 28 L76 50 M32 44 V72 H68 V44 M45 72 V58 H55 V72",
};

/** The parcel drawn for a category without its own pictogram. */
export const fallbackPictogram = "M28 36 L50 26 L72 36 V64 L50 74 L28 64 Z M28 36 L50 46 L72 36 M50 46 V74";
