/** Loads the audit page's chunk on demand, so the auditor's console is not part of the storefront's initial JS. */
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useShopMessages } from "../use-shop-messages.ts";

/** Shows a status until `./audit-page.tsx` has loaded, then renders it. */
export function LazyAuditPage() {
  const [Page, setPage] = useState<ComponentType | null>(null);
  const [error, setError] = useState("");
  const t = useShopMessages();
  useEffect(() => {
    let live = true;
    import("./audit-page.tsx").then(
      (module) => live && setPage(() => module.AuditPage),
      (cause: unknown) => live && setError(String(cause)),
    );
    return () => {
      live = false;
    };
  }, []);
  if (Page) return <Page />;
  return (
    <>
      <h1 tabIndex={-1}>{t.titles.audit}</h1>
      <p role="status">{error ? t.audit.failed(error) : t.audit.loading}</p>
    </>
  );
}
