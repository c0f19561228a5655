/** A product page: a gallery, the facts, add to cart, similar items and "shoppers who bought this also bought". */

import { useConsent } from "@candor/preact";
import type { ArtView, Product } from "@candor/sample-shop";
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

const VIEWS: readonly { readonly view: ArtView; readonly label: string }[] = [
  { view: "front", label: "Whole product" },
  { view: "detail", label: "Close-up" },
  { view: "scene", label: "In its setting" },
];

/** The product's pictures: a large view and a button per view. */
function Gallery({ product }: { readonly product: Product }) {
  const [view, setView] = useState<ArtView>("front");
  useEffect(() => setView("front"), [product]);
  const label = VIEWS.find((v) => v.view === view)?.label ?? "";
  return (
    <div class="gallery">
      <div class="gallery__main">
        <ProductImage
          product={product}
          view={view}
          size={480}
          alt={`${product.title}: ${label}`}
          lazy={false}
        />
      </div>
      <ul class="gallery__thumbs" aria-label="Pictures">
        {VIEWS.map((v) => (
          <li key={v.view}>
            <button
              type="button"
              class="gallery__thumb"
              aria-pressed={v.view === view}
              aria-label={v.label}
              onClick={() => setView(v.view)}
            >
              <ProductImage product={product} view={v.view} size={72} lazy={false} />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

const SHIPS: Readonly<Record<string, string>> = { EU: "the EU", US: "the United States" };

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
        <Gallery product={product} />
        <div class="product__body">
          <p class="product__brand">{product.brand}</p>
          <h1 id="product-title" tabIndex={-1}>
            {product.title}
          </h1>
          <p class="product__price">{formatPrice(product.price, locale)}</p>
          <p class="product__description">{product.description}</p>
          <dl class="product__facts">
            <dt>Brand</dt>
            <dd>{product.brand}</dd>
            <dt>Colour</dt>
            <dd>
              <svg
                class="swatch"
                width="14"
                height="14"
                viewBox="0 0 14 14"
                aria-hidden="true"
                focusable="false"
              >
                <circle
                  cx="7"
                  cy="7"
                  r="6"
                  fill={`hsl(${product.image.colour.hue} ${product.image.colour.saturation}% ${product.image.colour.lightness}%)`}
                  stroke="#55575d"
                />
              </svg>
              {product.image.colour.name}
            </dd>
            <dt>Category</dt>
            <dd>{category?.name ?? product.category}</dd>
            <dt>Seller</dt>
            <dd>
              {seller?.name ?? product.sellerId}
              {seller?.size === "independent" ? " (independent seller)" : ""}
            </dd>
            <dt>Availability</dt>
            <dd>{product.stock > 0 ? `${product.stock} in stock` : "Sold out"}</dd>
            <dt>Ships to</dt>
            <dd>
              {product.regions
                ? product.regions.map((r) => SHIPS[r] ?? r).join(" and ")
                : "Everywhere we deliver"}
            </dd>
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
