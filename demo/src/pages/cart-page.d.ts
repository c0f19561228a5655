/** The cart: lines, total, checkout link and a row of items that go with it. */
export declare function CartPage(): import("preact").JSX.Element;
