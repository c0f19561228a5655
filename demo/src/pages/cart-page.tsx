/** The cart: its lines, the total, the way to checkout and a row of items that go with it. */
import { ProductImage } from "../components/product-image.tsx";
import { ShopRow } from "../components/shop-row.tsx";
import { formatPrice } from "../format.ts";
import { href } from "../router.ts";
import type { SessionState } from "../session.ts";
import { shopMessages } from "../shop-messages.ts";
import { useSession, useShopSession } from "../use-session.ts";
import { Loading } from "./loading.tsx";

const selectShop = (s: SessionState) => s.shop;
const selectCart = (s: SessionState) => s.cart;
const selectOrder = (s: SessionState) => s.order;
const selectLocale = (s: SessionState) => s.params.locale;

/** The cart: lines, total, checkout link and a row of items that go with it. */
export function CartPage() {
  const session = useShopSession();
  const shop = useSession(selectShop);
  const cart = useSession(selectCart);
  const order = useSession(selectOrder);
  const locale = useSession(selectLocale);
  if (!shop) return <Loading />;
  const t = shopMessages(locale).cart;
  const total = cart.reduce((sum, l) => sum + (shop.products.get(l.item)?.price ?? 0) * l.quantity, 0);
  return (
    <>
      <h1 tabIndex={-1}>{t.title}</h1>
      {order && (
        <p role="status" class="order-done">
          {t.thanks(order.id, formatPrice(order.total, locale))}
        </p>
      )}
      {cart.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <>
          <ul class="cart">
            {cart.map((line) => {
              const product = shop.products.get(line.item);
              return (
                <li key={line.item} class="cart__line">
                  {product && <ProductImage product={product} size={96} />}
                  <div class="cart__what">
                    <a href={href({ page: "product", id: line.item })}>{product?.title ?? line.item}</a>
                    <span class="muted">{product?.brand}</span>
                  </div>
                  <span class="cart__qty">
                    {line.quantity} × {formatPrice(product?.price ?? 0, locale)}
                  </span>
                  <button
                    type="button"
                    class="candor-link"
                    aria-label={t.removeItem(product?.title ?? line.item)}
                    onClick={() => session.removeFromCart(line.item)}
                  >
                    {t.remove}
                  </button>
                </li>
              );
            })}
          </ul>
          <div class="cart__summary">
            <p class="cart__total">{t.total(formatPrice(total, locale))}</p>
            <p class="muted">{t.delivery}</p>
            <a class="candor-button cart__checkout" href={href({ page: "checkout" })}>
              {t.toCheckout}
            </a>
          </div>
        </>
      )}
      <ShopRow row="cart" title={t.goesWell} surface="cart" exclude={cart.map((l) => l.item)} />
    </>
  );
}
