/** A page for unknown addresses. */
import { useShopMessages } from "../use-shop-messages.ts";

/** Says the page does not exist and links home. */
export function NotFoundPage({ path }: { readonly path: string }) {
  const t = useShopMessages().notFound;
  return (
    <>
      <h1 tabIndex={-1}>{t.title}</h1>
      <p>
        {t.before} <code>{path}</code>. <a href="#/">{t.home}</a>.
      </p>
    </>
  );
}
