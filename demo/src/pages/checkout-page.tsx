/** The checkout: a short form; placing the order records the purchases (if allowed) and empties the cart. */
import { ProductImage } from "../components/product-image.tsx";
import { formatPrice } from "../format.ts";
import { href } from "../router.ts";
import type { SessionState } from "../session.ts";
import { shopMessages } from "../shop-messages.ts";
import { useSession, useShopSession } from "../use-session.ts";
import { Loading } from "./loading.tsx";

const selectShop = (s: SessionState) => s.shop;
const selectCart = (s: SessionState) => s.cart;
const selectLocale = (s: SessionState) => s.params.locale;

/** The checkout: a short form; placing the order records the purchases (if allowed) and empties the cart. */
export function CheckoutPage() {
  const session = useShopSession();
  const shop = useSession(selectShop);
  const cart = useSession(selectCart);
  const locale = useSession(selectLocale);
  if (!shop) return <Loading />;
  const messages = shopMessages(locale);
  const t = messages.checkout;
  const total = cart.reduce((sum, l) => sum + (shop.products.get(l.item)?.price ?? 0) * l.quantity, 0);
  if (cart.length === 0) {
    return (
      <>
        <h1 tabIndex={-1}>{t.title}</h1>
        <p>
          {t.empty} <a href={href({ page: "cart" })}>{t.backToCart}</a>.
        </p>
      </>
    );
  }
  return (
    <>
      <h1 tabIndex={-1}>{t.title}</h1>
      <section class="checkout__summary" aria-labelledby="summary-title">
        <h2 id="summary-title">{t.order}</h2>
        <ul class="cart">
          {cart.map((line) => {
            const product = shop.products.get(line.item);
            return (
              <li key={line.item} class="cart__line">
                {product && <ProductImage product={product} size={96} />}
                <span class="cart__what">{product?.title ?? line.item}</span>
                <span class="cart__qty">
                  {line.quantity} × {formatPrice(product?.price ?? 0, locale)}
                </span>
              </li>
            );
          })}
        </ul>
        <p class="cart__total">{messages.cart.total(formatPrice(total, locale))}</p>
        <p class="muted">{t.noPayment}</p>
      </section>
      <form
        class="checkout"
        onSubmit={(event) => {
          event.preventDefault();
          void session.checkout().then(() => {
            location.hash = href({ page: "cart" });
          });
        }}
      >
        <label>
          {t.name}
          <input name="name" autocomplete="name" required />
        </label>
        <label>
          {t.street}
          <input name="street" autocomplete="street-address" required />
        </label>
        <label>
          {t.city}
          <input name="city" autocomplete="address-level2" required />
        </label>
        <button type="submit" class="candor-button">
          {t.place}
        </button>
      </form>
    </>
  );
}
