/** Loads the audit page's chunk on demand, so the auditor's console is not part of the storefront's initial JS. */
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";

/** Shows a status until `./audit-page.tsx` has loaded, then renders it. */
export function LazyAuditPage() {
  const [Page, setPage] = useState<ComponentType | null>(null);
  const [error, setError] = useState("");
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
      <h1 tabIndex={-1}>Audit console</h1>
      <p role="status">
        {error ? `The audit console could not be loaded: ${error}` : "Loading the audit console…"}
      </p>
    </>
  );
}
