/** A product's picture, drawn locally as inline SVG from its hue and category (no network, no fonts, CSP-clean). */
import type { Product } from "@candor/sample-shop";
/** Props of {@link ProductImage}. */
export interface ProductImageProps {
    readonly product: Product;
    /** Rendered size in CSS pixels; default 160. */
    readonly size?: number;
}
/** Decorative: the product's title is always next to it, so the image is hidden from assistive technology. */
export declare function ProductImage({ product, size }: ProductImageProps): import("preact").JSX.Element;
