/** A product's picture, drawn locally as inline SVG from its hue and category (no network, no fonts, CSP-clean). */
import type { Product } from "@candor/sample-shop";
import { fallbackPictogram, pictograms } from "./pictograms.ts";

/** Props of {@link ProductImage}. */
export interface ProductImageProps {
  readonly product: Product;
  /** Rendered size in CSS pixels; default 160. */
  readonly size?: number;
}

/** Decorative: the product's title is always next to it, so the image is hidden from assistive technology. */
export function ProductImage({ product, size = 160 }: ProductImageProps) {
  const { hue } = product.image;
  const seed = Number.parseInt(product.id.replace(/\D/g, ""), 10) || 0;
  const top = product.categoryPath[0] ?? "";
  return (
    <svg
      class="product-image"
      width={size}
      height={size}
      viewBox="0 0 100 100"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="100" height="100" rx="10" fill={`hsl(${hue} 60% 92%)`} />
      <circle cx={28 + (seed % 44)} cy={30 + ((seed >> 3) % 40)} r="26" fill={`hsl(${hue} 55% 80%)`} />
      <path
        d={pictograms[top] ?? fallbackPictogram}
        fill={`hsl(${hue} 45% 55%)`}
        stroke={`hsl(${hue} 50% 25%)`}
        stroke-width="3"
        stroke-linejoin="round"
        stroke-linecap="round"
      />
      <rect x="14" y="82" width={20 + (seed % 50)} height="6" rx="3" fill={`hsl(${hue} 40% 45%)`} />
    </svg>
  );
}
