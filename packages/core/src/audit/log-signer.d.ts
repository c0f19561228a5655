/** A public key that verifies tree heads, with its key id and JWK (RFC 7517). */
export interface LogPublicKey {
    readonly keyId: string;
    readonly key: CryptoKey;
    readonly jwk: JsonWebKey;
}
/** Signs tree heads. */
export interface LogSigner {
    readonly keyId: string;
    readonly publicKey: LogPublicKey;
    /** ECDSA P-256/SHA-256 signature of `data`, IEEE P1363 (r ‖ s). */
    sign(data: Uint8Array): Promise<Uint8Array>;
    /** The private key as a JWK, to store it (only for signers created here or imported as extractable). */
    exportPrivateJwk(): Promise<JsonWebKey>;
}
/** Generates a new P-256 signing key (extractable, so it can be exported and stored). */
export declare function createLogSigner(): Promise<LogSigner>;
/** Imports a signer from a private P-256 JWK; throws {@link AuditConfigError} for anything else. */
export declare function importLogSigner(privateJwk: JsonWebKey): Promise<LogSigner>;
/** Imports a public P-256 JWK to verify tree heads; throws {@link AuditConfigError} for anything else. */
export declare function importLogPublicKey(jwk: JsonWebKey): Promise<LogPublicKey>;
/** Whether `signature` (IEEE P1363) is a valid ECDSA P-256/SHA-256 signature of `data` under `publicKey`. */
export declare function verifySignature(publicKey: LogPublicKey, data: Uint8Array, signature: Uint8Array): Promise<boolean>;
