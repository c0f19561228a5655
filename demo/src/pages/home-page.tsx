/** Home: a hero with a featured product, the categories, and curated and personalized rows. */
import { isAllowed } from "@candor/core/policy";
import { useConsent } from "@candor/preact";
import type { Category, Product } from "@candor/sample-shop";
import { useMemo } from "preact/hooks";
import { ProductImage } from "../components/product-image.tsx";
import { ShopRow } from "../components/shop-row.tsx";
import { formatPrice } from "../format.ts";
import { href } from "../router.ts";
import type { SessionState } from "../session.ts";
import type { Shop } from "../shop-data.ts";
import { categoryName, type ShopMessages, shopMessages } from "../shop-messages.ts";
import { useSession } from "../use-session.ts";
import { listingRules } from "./listing-rules.ts";
import { Loading } from "./loading.tsx";

const selectConsent = (s: SessionState) => s.consent;
const selectShop = (s: SessionState) => s.shop;
const selectLocale = (s: SessionState) => s.params.locale;

/** The editorial pick of the hero: the same for every shopper (nothing personal decides it). */
const HERO_CATEGORY = "outdoor";
const HERO_KINDS: readonly string[] = ["tent", "boot", "backpack", "jacket"];

/**
 * The most popular product of a category that may be shown here and is in stock: of `kinds` when given; ordinary
 * goods first, then health products (a pharmacy tile needs a picture), never other special categories.
 */
function showcase(
  shop: Shop,
  category: string,
  allowed: (p: Product) => boolean,
  kinds?: readonly string[],
): Product | undefined {
  let best: Product | undefined;
  const rank = (p: Product) => (p.sensitive ? 1 : 0);
  for (const p of shop.catalog.items) {
    if (!p.categoryPath.includes(category) || p.stock === 0) continue;
    if (p.sensitive?.some((tag) => tag !== "health")) continue;
    if (kinds && !kinds.includes(p.image.kind)) continue;
    if (!allowed(p)) continue;
    if (best && rank(p) > rank(best)) continue;
    if (best && rank(p) < rank(best)) {
      best = p;
      continue;
    }
    if (!best || p.popularityPrior > best.popularityPrior) best = p;
  }
  return best;
}

function CategoryTiles({
  shop,
  allowed,
  t,
}: {
  shop: Shop;
  allowed: (p: Product) => boolean;
  t: ShopMessages;
}) {
  const tiles = useMemo(
    () =>
      shop.catalog.categories
        .filter((c) => c.parent === null)
        .map((c): [Category, Product | undefined] => [c, showcase(shop, c.id, allowed)]),
    [shop, allowed],
  );
  return (
    <section class="home-section" aria-labelledby="categories-title">
      <h2 id="categories-title">{t.home.byCategory}</h2>
      <ul class="category-tiles">
        {tiles.map(([c, product]) => (
          <li key={c.id}>
            <a class="category-tile" href={href({ page: "category", id: c.id })}>
              {product && <ProductImage product={product} size={160} />}
              <span class="category-tile__name">{categoryName(t, c)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The start page. */
export function HomePage() {
  const state = useConsent(useSession(selectConsent));
  const shop = useSession(selectShop);
  const locale = useSession(selectLocale);
  const t = shopMessages(locale);
  const h = t.home;
  const { region } = state.regime;
  const { minor } = state;
  const allowed = useMemo(
    () => (p: Product) => isAllowed(p, listingRules, { region, minor, surface: "listing" }),
    [region, minor],
  );
  const hero = useMemo(
    () => (shop ? showcase(shop, HERO_CATEGORY, allowed, HERO_KINDS) : undefined),
    [shop, allowed],
  );
  const personalized = Object.entries(state.granted).some(
    ([id, on]) => on && id.startsWith("personalization."),
  );
  return (
    <>
      <section class="hero" aria-labelledby="hero-title">
        <div class="hero__text">
          <p class="hero__kicker">{h.kicker}</p>
          <h1 id="hero-title" tabIndex={-1}>
            {h.heroTitle}
          </h1>
          <p class="hero__lead">{h.heroLead}</p>
          <a class="candor-button hero__cta" href={href({ page: "category", id: HERO_CATEGORY })}>
            {h.heroCta}
          </a>
        </div>
        {hero && (
          <a class="hero__product" href={href({ page: "product", id: hero.id })}>
            <ProductImage product={hero} view="scene" size={360} lazy={false} />
            <span class="hero__product-title">{hero.title}</span>
            <span class="hero__product-price">{formatPrice(hero.price, locale)}</span>
          </a>
        )}
      </section>
      <p class="shop-mode" data-testid="personalization-mode">
        {personalized ? h.personalized : h.notPersonalized}
      </p>
      {shop ? (
        <>
          <ShopRow row="home" title={h.forYou} popularTitle={h.popularNow} surface="home" lines={2} />
          <CategoryTiles shop={shop} allowed={allowed} t={t} />
          <ShopRow row="deals" title={h.deals} surface="home-deals" constraints={{ maxPrice: 30 }} />
          <ShopRow
            row="curated-home"
            title={h.trendingIn(categoryName(t, shop.categories.get("home") ?? { id: "home", name: "Home" }))}
            surface="home-curated"
            constraints={{ categories: ["home"] }}
          />
        </>
      ) : (
        <Loading />
      )}
    </>
  );
}
