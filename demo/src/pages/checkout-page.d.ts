/** The checkout: a short form; placing the order records the purchases (if allowed) and empties the cart. */
export declare function CheckoutPage(): import("preact").JSX.Element;
