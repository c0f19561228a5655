/** Simple pictograms per top-level category as SVG path data (100 × 100 box), so product images need no emoji font. */
/** Path data by top-level category id; unknown categories get a parcel. */
export declare const pictograms: Readonly<Record<string, string>>;
/** The parcel drawn for a category without its own pictogram. */
export declare const fallbackPictogram = "M28 36 L50 26 L72 36 V64 L50 74 L28 64 Z M28 36 L50 46 L72 36 M50 46 V74";
