/** A product page: a gallery, the facts, add to cart, similar items and "shoppers who bought this also bought". */

import { useConsent } from "@candor/preact";
import type { ArtView, Product } from "@candor/sample-shop";
import { useEffect, useState } from "preact/hooks";
import { ProductImage } from "../components/product-image.tsx";
import { ShopRow } from "../components/shop-row.tsx";
import { formatPrice } from "../format.ts";
import { href } from "../router.ts";
import type { SessionState } from "../session.ts";
import { categoryName, colourName, type ShopMessages, shopMessages } from "../shop-messages.ts";
import { useSession, useShopSession } from "../use-session.ts";
import { Loading } from "./loading.tsx";
import { NotFoundPage } from "./not-found-page.tsx";

const selectShop = (s: SessionState) => s.shop;
const selectLocale = (s: SessionState) => s.params.locale;
const selectConsent = (s: SessionState) => s.consent;

/** The gallery's views, each with the key of its label in `ShopMessages.product`. */
const VIEWS: readonly { readonly view: ArtView; readonly label: "whole" | "closeUp" | "scene" }[] = [
  { view: "front", label: "whole" },
  { view: "detail", label: "closeUp" },
  { view: "scene", label: "scene" },
];

/** The product's pictures: a large view and a button per view. */
function Gallery({ product, t }: { readonly product: Product; readonly t: ShopMessages["product"] }) {
  const [view, setView] = useState<ArtView>("front");
  useEffect(() => setView("front"), [product]);
  const found = VIEWS.find((v) => v.view === view);
  const label = found ? t[found.label] : "";
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
      <ul class="gallery__thumbs" aria-label={t.pictures}>
        {VIEWS.map((v) => (
          <li key={v.view}>
            <button
              type="button"
              class="gallery__thumb"
              aria-pressed={v.view === view}
              aria-label={t[v.label]}
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
  const messages = shopMessages(locale);
  const t = messages.product;
  return (
    <>
      <nav aria-label={t.breadcrumb} class="breadcrumb">
        <a href="#/">{t.home}</a> ›{" "}
        {top && <a href={href({ page: "category", id: top.id })}>{categoryName(messages, top)}</a>} ›{" "}
        {category && (
          <a href={href({ page: "category", id: category.id })}>{categoryName(messages, category)}</a>
        )}
      </nav>
      <article class="product" aria-labelledby="product-title">
        <Gallery product={product} t={t} />
        <div class="product__body">
          <p class="product__brand">{product.brand}</p>
          <h1 id="product-title" tabIndex={-1}>
            {product.title}
          </h1>
          <p class="product__price">{formatPrice(product.price, locale)}</p>
          <p class="product__description">{product.description}</p>
          <dl class="product__facts">
            <dt>{t.brand}</dt>
            <dd>{product.brand}</dd>
            <dt>{t.colour}</dt>
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
              {colourName(messages, product.image.colour.name)}
            </dd>
            <dt>{t.category}</dt>
            <dd>{category ? categoryName(messages, category) : product.category}</dd>
            <dt>{t.seller}</dt>
            <dd>
              <span class="product__seller-name">{seller?.name ?? product.sellerId}</span>
              {seller?.size === "independent" ? t.independent : ""}
            </dd>
            <dt>{t.availability}</dt>
            <dd>{product.stock > 0 ? t.inStock(product.stock.toLocaleString(locale)) : t.soldOut}</dd>
            <dt>{t.shipsTo}</dt>
            <dd>
              {product.regions ? product.regions.map((r) => t.regions[r] ?? r).join(t.and) : t.everywhere}
            </dd>
            {product.ageRestricted && (
              <>
                <dt>{t.ageLimit}</dt>
                <dd>{product.ageRestricted}+</dd>
              </>
            )}
            {product.sensitive && (
              <>
                <dt>{t.privacyNote}</dt>
                <dd>{t.sensitiveNote(product.sensitive.map((tag) => t.tags[tag] ?? tag).join(", "))}</dd>
              </>
            )}
          </dl>
          {blockedForMinor ? (
            <p class="product__notice">{t.notForMinors}</p>
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
              {t.addToCart}
            </button>
          )}
          <p role="status" class="product__status">
            {added ? t.added : ""}
          </p>
        </div>
      </article>
      <ShopRow
        row="similar"
        title={t.similar}
        surface="pdp-similar"
        anchor={{ item: product.id, relation: "similar" }}
      />
      <ShopRow
        row="also-bought"
        title={t.alsoBought}
        surface="pdp-also-bought"
        anchor={{ item: product.id, relation: "also-bought" }}
      />
    </>
  );
}
