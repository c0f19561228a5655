/** A recommendation row of the storefront: serves its slate through the session and renders it with `RecommendationRow`. */
import type { KnowledgeConstraints } from "@candor/core/recommend";
import { RecommendationRow, useConsent, useStoreState } from "@candor/preact";
import { useEffect, useMemo } from "preact/hooks";
import { purposeTitle, type ServedItem } from "../serve.ts";
import type { SessionState } from "../session.ts";
import { categoryName, type ShopMessages, shopMessages } from "../shop-messages.ts";
import { useServedRow } from "../use-served-row.ts";
import { useSession, useShopSession } from "../use-session.ts";
import { useGridColumns } from "./grid.ts";
import { ProductCard } from "./product-card.tsx";

/** Props of {@link ShopRow}. */
export interface ShopRowProps {
  /** Row id: its settings key and DOM id prefix. */
  readonly row: string;
  /** The title while the row is personalized. */
  readonly title: string;
  /** The title while it is not (e.g. "Popular right now"); default `title`, for rows that read true either way. */
  readonly popularTitle?: string;
  /** The surface logged with the slate, e.g. `"home"`. */
  readonly surface: string;
  /** Grid rows to fill: the row asks for as many items as fit that many full rows of the grid; default 1. */
  readonly lines?: number;
  readonly constraints?: KnowledgeConstraints;
  readonly anchor?: { readonly item: string; readonly relation: "similar" | "also-bought" };
  readonly exclude?: readonly string[];
}

const selectShop = (s: SessionState) => s.shop;
const selectConsent = (s: SessionState) => s.consent;
const selectLimit = (s: SessionState) => s.limitSensitive;
const selectVersion = (s: SessionState) => s.vaultVersion;
const selectRows = (s: SessionState) => s.rows;
const selectDismissed = (s: SessionState) => s.dismissed;
const selectLocale = (s: SessionState) => s.params.locale;

let firstMarked = false;

/** Serves the row again whenever consent, stored data, settings or the request change; each serve is logged. */
export function ShopRow({
  row,
  title,
  popularTitle,
  surface,
  lines = 1,
  constraints,
  anchor,
  exclude,
}: ShopRowProps) {
  const session = useShopSession();
  const k = useGridColumns() * lines;
  const shop = useSession(selectShop);
  const consentState = useConsent(useSession(selectConsent));
  const limited = useSession(selectLimit);
  const version = useSession(selectVersion);
  const settings = useSession(selectRows)[row];
  const dismissed = useSession(selectDismissed);
  const locale = useSession(selectLocale);
  const constraintsKey = JSON.stringify(constraints ?? null);
  const excludeKey = (exclude ?? []).join(",");
  const served = useServedRow(
    () =>
      session.serve(row, {
        surface,
        k,
        ...(constraints ? { constraints } : {}),
        ...(anchor ? { anchor } : {}),
        ...(exclude ? { exclude } : {}),
      }),
    [
      session,
      shop,
      consentState,
      limited,
      version,
      settings,
      dismissed,
      locale,
      row,
      surface,
      k,
      constraintsKey,
      anchor?.item,
      anchor?.relation,
      excludeKey,
    ],
  );
  const feedWidth = useFeedWidth(consentState.subject, shopMessages(locale));
  useEffect(() => {
    if (!firstMarked && served && served.items.length > 0) {
      firstMarked = true;
      performance.mark("candor:first-recommendations");
    }
  }, [served]);
  if (!shop || !served) return null;
  return (
    <RecommendationRow<ServedItem>
      id={`row-${row}`}
      title={served.slate.mode === "personalized" ? title : (popularTitle ?? title)}
      {...(feedWidth ? { feedWidth } : {})}
      items={served.items}
      mode={served.slate.mode}
      reason={served.slate.decision.reason}
      settings={session.rowSettings(row)}
      onSettingsChange={(next) => session.setRow(row, next)}
      onControl={(control, item) => session.control(control, item.id)}
      renderItem={(item) => (
        <ProductCard
          product={item.product}
          seller={shop.sellers.get(item.product.sellerId)}
          locale={locale}
        />
      )}
      purposeTitle={(id) => purposeTitle(shop, id, locale)}
      locale={locale}
    />
  );
}

const noEntries = { getState: () => [] as const, subscribe: () => () => {} };

/** The subject's recent slates from the explanation log, with the shop's departments, for the feed-width note. */
function useFeedWidth(subject: string, messages: ShopMessages) {
  const shop = useSession(selectShop);
  const entries = useStoreState(shop?.audit ?? noEntries);
  return useMemo(() => {
    if (!shop) return null;
    const slates = new Map<string, string[]>();
    for (const e of entries) {
      if (e.subject !== subject) continue;
      const slate = slates.get(e.slate) ?? [];
      slate.push(e.item);
      slates.set(e.slate, slate);
    }
    const tops = shop.catalog.categories.filter((c) => c.parent === null);
    const names = new Map(tops.map((c) => [c.id, categoryName(messages, c)]));
    return {
      slates: [...slates.values()],
      departments: tops.map((c) => c.id),
      departmentOf: (item: string) => shop.products.get(item)?.categoryPath[0],
      departmentName: (id: string) => names.get(id) ?? id,
    };
  }, [shop, entries, subject, messages]);
}
