/** The session in components: a context for the session object and a hook that selects from its store. */
import { useStoreState } from "@candor/preact";
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { SessionState, ShopSession } from "./session.ts";

/** Carries the session to every page. */
export const SessionContext = createContext<ShopSession | null>(null);

/** The session; throws outside a `SessionContext` provider. */
export function useShopSession(): ShopSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useShopSession needs a SessionContext provider");
  return session;
}

/** A value selected from the session state; re-renders when it changes. Pass a module-level selector. */
export function useSession<T>(select: (state: SessionState) => T): T {
  return useStoreState(useShopSession().store, select);
}
