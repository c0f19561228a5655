/** Every text the components show; `{name}` placeholders are filled with {@link formatMessage}. */
export interface Messages {
    readonly regionLabel: string;
    readonly bannerText: string;
    readonly acceptAll: string;
    readonly rejectAll: string;
    readonly customize: string;
    readonly settingsTitle: string;
    readonly settingsIntro: string;
    readonly save: string;
    readonly close: string;
    readonly alwaysOn: string;
    readonly dataUsed: string;
    readonly legalBasis: string;
    readonly bases: Readonly<Record<string, string>>;
    readonly privacySettingsLink: string;
    readonly doNotSell: string;
    readonly gpcHonored: string;
    /** Legend of a row's settings group. */
    readonly rowSettings: string;
    readonly personalized: string;
    readonly notPersonalized: string;
    readonly variety: string;
    readonly varietyHint: string;
    /** `{value}`: the variety in percent. */
    readonly varietyValue: string;
    readonly modePersonalized: string;
    readonly modeNotPersonalizedChosen: string;
    readonly modeNotPersonalizedConsent: string;
    readonly emptyRow: string;
    readonly updated: string;
    readonly whyButton: string;
    /** `{item}`: the explained product. */
    readonly whyAbout: string;
    readonly reasonsHeading: string;
    /** `{share}`: a percentage. */
    readonly reasonShare: string;
    readonly effectsHeading: string;
    readonly dataHeading: string;
    readonly noPersonalData: string;
    /** `{purpose}`, `{event}`: the purpose title and the consent event relied on. */
    readonly basisConsent: string;
    readonly controlsHeading: string;
    readonly limitSensitive: string;
    readonly limitSensitiveOn: string;
    readonly myDataTitle: string;
    readonly myDataIntro: string;
    readonly exportButton: string;
    /** `{events}`, `{consentEvents}`: counts in the export. */
    readonly exported: string;
    readonly eraseButton: string;
    readonly eraseConfirmTitle: string;
    readonly eraseConfirmText: string;
    readonly eraseConfirm: string;
    readonly cancel: string;
    readonly erased: string;
    readonly receiptTitle: string;
    readonly downloadReceipt: string;
    readonly failed: string;
    readonly auditTitle: string;
    readonly verifyLog: string;
    readonly verifying: string;
    readonly logVerified: string;
    /** `{size}`: entries checked. */
    readonly logVerifiedDetail: string;
    /** With `{served}`, `{consent}` and `{notices}`: how many entries of each kind were checked. */
    readonly logVerifiedKinds: string;
    /** `{index}`: the first entry that does not verify. */
    readonly tampered: string;
    readonly logHeading: string;
    readonly chartsHeading: string;
    readonly filters: string;
    readonly filterSurface: string;
    readonly filterMode: string;
    readonly filterSubject: string;
    readonly filterSearch: string;
    readonly filterAll: string;
    /** `{shown}`, `{total}`: entry counts. */
    readonly entriesShown: string;
    readonly noEntries: string;
    readonly columns: {
        readonly index: string;
        readonly time: string;
        readonly subject: string;
        readonly surface: string;
        readonly rank: string;
        readonly item: string;
        readonly mode: string;
        readonly reason: string;
        readonly basis: string;
    };
    readonly exportJson: string;
    readonly exportCsv: string;
    readonly exposureTitle: string;
    readonly exposureDescription: string;
    readonly diversityTitle: string;
    /** `{mean}`, `{slates}`: mean distinct categories and the number of slates. */
    readonly diversityDescription: string;
    /** The audit console's Measurement tab. */
    readonly measure: {
        readonly tabsLabel: string;
        readonly tabLog: string;
        readonly tabMeasurement: string;
        readonly loading: string;
        /** `{message}`: the error. */
        readonly failed: string;
        readonly summaryHeading: string;
        /** `{lift}`, `{confidence}`, `{low}`, `{high}`: the lift and its interval, in percent. */
        readonly raised: string;
        /** `{lift}`, `{confidence}`, `{low}`, `{high}`: the lift (as a fall) and its interval, in percent. */
        readonly lowered: string;
        /** `{lift}`, `{confidence}`, `{low}`, `{high}`: the lift and its interval, in percent. */
        readonly noDifference: string;
        readonly noData: string;
        readonly liftHeading: string;
        readonly liftTitle: string;
        /** `{confidence}`: the confidence level in percent. */
        readonly liftDescription: string;
        /** `{control}`, `{treatment}`: the arms' ids. */
        readonly liftCaption: string;
        readonly metrics: {
            readonly click: string;
            readonly addToCart: string;
            readonly conversion: string;
            readonly firstDayEngagement: string;
            readonly repeatPurchase: string;
        };
        readonly liftColumns: {
            readonly metric: string;
            readonly control: string;
            readonly treatment: string;
            readonly lift: string;
            readonly interval: string;
            readonly pValue: string;
        };
        /** `{successes}`, `{visitors}`, `{rate}`: one arm's side of a rate. */
        readonly rateCell: string;
        readonly undefinedLift: string;
        readonly driftHeading: string;
        /** `{arm}`: the monitored arm. */
        readonly driftTitle: string;
        /** `{baseline}`, `{line}`: the baseline and the drift line, in percent; `{events}`: how many drifts. */
        readonly driftDescription: string;
        readonly baseline: string;
        readonly driftLine: string;
        readonly eventsCaption: string;
        readonly eventColumns: {
            readonly time: string;
            readonly metric: string;
            readonly arm: string;
            readonly baseline: string;
            readonly observed: string;
            readonly drop: string;
        };
        readonly noEvents: string;
    };
}
/** The built-in UI texts by language. */
export declare const messages: Readonly<Record<string, Messages>>;
/** The texts for a locale (`"de-AT"` → German), English when the language is not built in. */
export declare function messagesFor(locale?: string): Messages;
/** Fills `{name}` placeholders of a message; unknown names stay as written. */
export declare function formatMessage(template: string, values: Readonly<Record<string, string | number>>): string;
