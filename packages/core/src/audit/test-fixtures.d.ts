/** Fixtures shared by the audit module's tests (not exported): served items, consent items and a notice. */
import type { ConsentLogItem, NoticeLogItem, ServedItem } from "./types.ts";
/** The notice the fixtures' consent events were given under. */
export declare const NOTICE: {
    readonly id: "candor-default";
    readonly version: "1";
    readonly hash: string;
};
/** A served personalized item of `subject`, citing `event` (its id and hash). */
export declare function servedItem(subject: string, n: number, overrides?: Partial<ServedItem>, event?: {
    id: string;
    hash: string;
} | null): ServedItem;
/** A consent event of `subject` that grants (or not) `personalization.browsing`, chained to `prev`. */
export declare function consentItem(subject: string, n: number, type: ConsentLogItem["event"]["type"], granted: boolean, prev?: string | null): ConsentLogItem;
/** The notice with the purposes it declares. */
export declare const noticeItem: NoticeLogItem;
