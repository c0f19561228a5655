/** @jsxImportSource react */
/** An accessible tab list (WAI-ARIA tabs pattern): roving focus, arrow keys, Home and End, automatic activation. */
import { tabKeyTarget } from "@candor/core/ui/models";
import type { KeyboardEvent } from "react";

/** Props of {@link TabList}. */
export interface TabListProps {
  /** Id prefix: tab `i` gets `${id}-tab-${i}` and controls the panel `${id}-panel-${i}`. */
  readonly id: string;
  /** Accessible name of the tab list. */
  readonly label: string;
  /** The tabs' keys and labels, in order. */
  readonly tabs: readonly { readonly key: string; readonly label: string }[];
  /** The selected tab's key. */
  readonly selected: string;
  readonly onSelect: (key: string) => void;
}

/** The tabs; render each panel with `role="tabpanel"` and `aria-labelledby` the tab's id. */
export function TabList({ id, label, tabs, selected, onSelect }: TabListProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabKeyTarget(
      tabs.length,
      tabs.findIndex((t) => t.key === selected),
      event.key,
    );
    const tab = tabs[next];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.key);
    const list = event.currentTarget;
    list.querySelector<HTMLElement>(`#${CSS.escape(`${id}-tab-${tab.key}`)}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="candor-tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          id={`${id}-tab-${tab.key}`}
          aria-controls={`${id}-panel-${tab.key}`}
          aria-selected={tab.key === selected}
          tabIndex={tab.key === selected ? 0 : -1}
          className="candor-tabs__tab"
          onClick={() => onSelect(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
