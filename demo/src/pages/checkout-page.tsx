/** The checkout: a short form; placing the order records the purchases (if allowed) and empties the cart. */
import { ProductImage } from "../components/product-image.tsx";
import { formatPrice } from "../format.ts";
import { href } from "../router.ts";
import type { SessionState } from "../session.ts";
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
  const total = cart.reduce((sum, l) => sum + (shop.products.get(l.item)?.price ?? 0) * l.quantity, 0);
  if (cart.length === 0) {
    return (
      <>
        <h1 tabIndex={-1}>Checkout</h1>
        <p>
          Your cart is empty. <a href={href({ page: "cart" })}>Back to the cart</a>.
        </p>
      </>
    );
  }
  return (
    <>
      <h1 tabIndex={-1}>Checkout</h1>
      <section class="checkout__summary" aria-labelledby="summary-title">
        <h2 id="summary-title">Your order</h2>
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
        <p class="cart__total">Total: {formatPrice(total, locale)}</p>
        <p class="muted">This demo takes no payment and keeps no address.</p>
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
          Name
          <input name="name" autocomplete="name" required />
        </label>
        <label>
          Street and number
          <input name="street" autocomplete="street-address" required />
        </label>
        <label>
          City
          <input name="city" autocomplete="address-level2" required />
        </label>
        <button type="submit" class="candor-button">
          Place order
        </button>
      </form>
    </>
  );
}
