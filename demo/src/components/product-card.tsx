/** A product in a listing or a recommendation row: picture, title link, brand, price and badges. */
import type { Product, Seller } from "@candor/sample-shop";
import { formatPrice } from "../format.ts";
import { href } from "../router.ts";
import { shopMessages } from "../shop-messages.ts";
import { ProductImage } from "./product-image.tsx";

/** Props of {@link ProductCard}. */
export interface ProductCardProps {
  readonly product: Product;
  readonly seller?: Seller | undefined;
  readonly locale: string;
}

/** The card links to the product page; badges say sold out, independent seller, 18+ and sensitive. */
export function ProductCard({ product, seller, locale }: ProductCardProps) {
  const link = href({ page: "product", id: product.id });
  const t = shopMessages(locale).card;
  return (
    <div class="product-card">
      <div class="product-card__image">
        <ProductImage product={product} size={240} />
      </div>
      <p class="product-card__brand">{product.brand}</p>
      {/* The title link stretches over the whole card (CSS), so the picture is clickable too. */}
      <a href={link} class="product-card__title">
        {product.title}
      </a>
      <p class="product-card__price">{formatPrice(product.price, locale)}</p>
      <p class="product-card__badges">
        {product.stock === 0 && <span class="badge badge--muted">{t.soldOut}</span>}
        {seller?.size === "independent" && <span class="badge">{t.independent}</span>}
        {product.ageRestricted && <span class="badge badge--warn">18+</span>}
        {product.sensitive && <span class="badge badge--warn">{t.sensitive}</span>}
      </p>
    </div>
  );
}
