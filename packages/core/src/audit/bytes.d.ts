/** Byte helpers for the audit log: hex and base64url (RFC 4648 §5) codecs, comparison and UTF-8. */
/** Lowercase hex of `bytes`. */
export declare function toHex(bytes: Uint8Array): string;
/** Bytes of a hex string; throws `TypeError` on an odd length or a non-hex digit. */
export declare function fromHex(hex: string): Uint8Array;
/** Unpadded base64url (RFC 4648 §5) of `bytes` (natively in Node for long inputs). */
export declare function toBase64Url(bytes: Uint8Array): string;
/** Bytes of unpadded (or padded) base64url; throws `TypeError` on other characters or an impossible length. */
export declare function fromBase64Url(text: string): Uint8Array;
/** UTF-8 bytes of `text`. */
export declare function utf8(text: string): Uint8Array;
/** Text of UTF-8 `bytes`; throws `TypeError` on invalid UTF-8. */
export declare function fromUtf8(bytes: Uint8Array): string;
/** Whether two byte arrays hold the same bytes. */
export declare function bytesEqual(a: Uint8Array, b: Uint8Array): boolean;
/** Copies a view into a fresh `ArrayBuffer`-backed array (Web Crypto and DOM types want one). */
export declare function toArrayBuffer(bytes: Uint8Array): ArrayBuffer;
