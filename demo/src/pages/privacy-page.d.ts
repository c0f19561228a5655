/** Everything a shopper may want to know and change, in one place. */
export declare function PrivacyPage(): import("preact").JSX.Element;
