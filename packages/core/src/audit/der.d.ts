/** A P-256 signature `r ‖ s` (64 bytes) as DER; throws `RangeError` for another length. */
export declare function p1363ToDer(signature: Uint8Array): Uint8Array;
/** A DER `Ecdsa-Sig-Value` of a P-256 signature as `r ‖ s`, or `null` when it is not one. */
export declare function derToP1363(der: Uint8Array): Uint8Array | null;
/** A tree head's base64url P1363 signature as DER bytes. */
export declare function signatureDer(signature: string): Uint8Array;
/** DER bytes as a PEM block with `label` (e.g. `"PUBLIC KEY"`), 64 characters a line. */
export declare function toPem(der: Uint8Array, label: string): string;
/** The DER bytes of the first PEM block with `label`, or `null`. */
export declare function fromPem(pem: string, label: string): Uint8Array | null;
/** The SubjectPublicKeyInfo (DER) of a P-256 public key from Web Crypto. */
export declare function spkiOf(key: CryptoKey): Promise<Uint8Array>;
