/** An accessible tab list (WAI-ARIA tabs pattern): roving focus, arrow keys, Home and End, automatic activation. */
/** Props of {@link TabList}. */
export interface TabListProps {
    /** Id prefix: tab `i` gets `${id}-tab-${i}` and controls the panel `${id}-panel-${i}`. */
    readonly id: string;
    /** Accessible name of the tab list. */
    readonly label: string;
    /** The tabs' keys and labels, in order. */
    readonly tabs: readonly {
        readonly key: string;
        readonly label: string;
    }[];
    /** The selected tab's key. */
    readonly selected: string;
    readonly onSelect: (key: string) => void;
}
/** The tabs; render each panel with `role="tabpanel"` and `aria-labelledby` the tab's id. */
export declare function TabList({ id, label, tabs, selected, onSelect }: TabListProps): import("preact").JSX.Element;
