/** A product page: the product, add to cart, similar items and "shoppers who bought this also bought". */
import { useConsent } from "@candor/preact";
import { useEffect, useState } from "preact/hooks";
import { ProductImage } from "../components/product-image.tsx";
import { ShopRow } from "../components/shop-row.tsx";
import { formatPrice } from "../format.ts";
import { href } from "../router.ts";
import type { SessionState } from "../session.ts";
import { useSession, useShopSession } from "../use-session.ts";
import { Loading } from "./loading.tsx";
import { NotFoundPage } from "./not-found-page.tsx";

const selectShop = (s: SessionState) => s.shop;
const selectLocale = (s: SessionState) => s.params.locale;
const selectConsent = (s: SessionState) => s.consent;

/** The page of one product; opening it records a view, if the shopper's consent allows storing one. */
export function ProductPage({ id }: { readonly id: string }) {
  const session = useShopSession();
  const shop = useSession(selectShop);
  const locale = useSession(selectLocale);
  const state = useConsent(useSession(selectConsent));
  const [added, setAdded] = useState(false);
  const product = shop?.products.get(id);
  useEffect(() => {
    setAdded(false);
    if (product) void session.track("view", product.id);
  }, [session, product]);
  if (!shop) return <Loading />;
  if (!product) return <NotFoundPage path={`/p/${id}`} />;
  const seller = shop.sellers.get(product.sellerId);
  const category = shop.categories.get(product.category);
  const top = shop.categories.get(product.categoryPath[0] ?? "");
  const blockedForMinor = state.minor && product.ageRestricted !== undefined;
  return (
    <>
      <nav aria-label="Breadcrumb" class="breadcrumb">
        <a href="#/">Home</a> › {top && <a href={href({ page: "category", id: top.id })}>{top.name}</a>} ›{" "}
        {category && <a href={href({ page: "category", id: category.id })}>{category.name}</a>}
      </nav>
      <article class="product" aria-labelledby="product-title">
        <ProductImage product={product} size={240} />
        <div class="product__body">
          <h1 id="product-title" tabIndex={-1}>
            {product.title}
          </h1>
          <p class="product__price">{formatPrice(product.price, locale)}</p>
          <p>{product.description}</p>
          <dl class="product__facts">
            <dt>Brand</dt>
            <dd>{product.brand}</dd>
            <dt>Seller</dt>
            <dd>
              {seller?.name ?? product.sellerId}
              {seller?.size === "independent" ? " (independent seller)" : ""}
            </dd>
            <dt>Availability</dt>
            <dd>{product.stock > 0 ? `${product.stock} in stock` : "Sold out"}</dd>
            {product.ageRestricted && (
              <>
                <dt>Age limit</dt>
                <dd>{product.ageRestricted}+</dd>
              </>
            )}
            {product.sensitive && (
              <>
                <dt>Privacy note</dt>
                <dd>
                  Viewing this product reveals sensitive information ({product.sensitive.join(", ")}); it is
                  used for recommendations only with your explicit consent, and never named in an explanation.
                </dd>
              </>
            )}
          </dl>
          {blockedForMinor ? (
            <p class="product__notice">This product is not sold to minors.</p>
          ) : (
            <button
              type="button"
              class="candor-button"
              disabled={product.stock === 0}
              onClick={() => {
                session.addToCart(product.id);
                setAdded(true);
              }}
            >
              Add to cart
            </button>
          )}
          <p role="status" class="product__status">
            {added ? "Added to your cart." : ""}
          </p>
        </div>
      </article>
      <ShopRow
        row="similar"
        title="Similar items"
        surface="pdp-similar"
        anchor={{ item: product.id, relation: "similar" }}
      />
      <ShopRow
        row="also-bought"
        title="Shoppers who bought this also bought"
        surface="pdp-also-bought"
        anchor={{ item: product.id, relation: "also-bought" }}
      />
    </>
  );
}
