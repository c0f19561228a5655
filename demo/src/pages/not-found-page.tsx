/** A page for unknown addresses. */

/** Says the page does not exist and links home. */
export function NotFoundPage({ path }: { readonly path: string }) {
  return (
    <>
      <h1 tabIndex={-1}>Page not found</h1>
      <p>
        There is no page at <code>{path}</code>. <a href="#/">Go to the start page</a>.
      </p>
    </>
  );
}
