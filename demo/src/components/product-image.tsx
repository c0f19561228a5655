/** A product's picture: drawn locally as SVG from its kind, colour and brand (no network, allowed by `img-src data:`). */
import { type ArtView, type Product, productImageUrl } from "@candor/sample-shop";

/** Props of {@link ProductImage}. */
export interface ProductImageProps {
  readonly product: Product;
  /** Which view of the product; default the whole product. */
  readonly view?: ArtView;
  /** Intrinsic size in CSS pixels (the picture scales to its box); default 320. */
  readonly size?: number;
  /** Alternative text; default empty, for pictures next to the product's title. */
  readonly alt?: string;
  /** Load when near the viewport (listings); default true. */
  readonly lazy?: boolean;
}

const urls = new WeakMap<Product, Map<ArtView, string>>();

/** The data URL of a view, drawn once per product and view. */
export function imageUrl(product: Product, view: ArtView = "front"): string {
  let views = urls.get(product);
  if (!views) {
    views = new Map();
    urls.set(product, views);
  }
  let url = views.get(view);
  if (url === undefined) {
    url = productImageUrl(product, view);
    views.set(view, url);
  }
  return url;
}

/** The picture as an `<img>`; decorative unless `alt` is given. */
export function ProductImage({
  product,
  view = "front",
  size = 320,
  alt = "",
  lazy = true,
}: ProductImageProps) {
  return (
    <img
      class="product-image"
      src={imageUrl(product, view)}
      alt={alt}
      width={size}
      height={size}
      loading={lazy ? "lazy" : "eager"}
      decoding="async"
      data-kind={product.image.kind}
    />
  );
}
