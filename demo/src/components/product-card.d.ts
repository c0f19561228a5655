/** A product in a listing or a recommendation row: picture, title link, brand, price and badges. */
import type { Product, Seller } from "@candor/sample-shop";
/** Props of {@link ProductCard}. */
export interface ProductCardProps {
    readonly product: Product;
    readonly seller?: Seller | undefined;
    readonly locale: string;
}
/** The card links to the product page; badges say sold out, independent seller, 18+ and sensitive. */
export declare function ProductCard({ product, seller, locale }: ProductCardProps): import("preact").JSX.Element;
