/**
 * Who may call what. Three roles: the shop's API key (writes, and reads every subject), a shopper's subject token
 * (HMAC-signed by the shop, reaches only its own subject) and the auditor key (reads the log only).
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { HttpError } from "./errors.ts";

/** The caller of a request. */
export type Principal =
  | { readonly role: "shop" }
  | { readonly role: "auditor" }
  | { readonly role: "shopper"; readonly subject: string };

/** The keys of a server. */
export interface AuthKeys {
  /** The shop's API key (send as `Authorization: Bearer <key>`). */
  readonly shopKey: string;
  /** The auditors' key: the log's routes only. */
  readonly auditorKey: string;
  /** The secret subject tokens are signed with (at least 32 characters). */
  readonly tokenSecret: string;
}

const TOKEN_PREFIX = "st1.";

function b64url(bytes: Buffer | string): string {
  return Buffer.from(bytes).toString("base64url");
}

function sign(secret: string, payload: string): string {
  return b64url(createHmac("sha256", secret).update(payload, "utf8").digest());
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Issues a subject token for `subject`, valid until `expiresAt` (epoch ms): what the shop's backend hands a shopper's
 * browser so it can call the subject routes for that subject only.
 */
export function issueSubjectToken(secret: string, subject: string, expiresAt: number): string {
  const payload = b64url(JSON.stringify({ sub: subject, exp: Math.floor(expiresAt) }));
  return `${TOKEN_PREFIX}${payload}.${sign(secret, payload)}`;
}

/** Reads the `Authorization` header; throws a 401 {@link HttpError} naming what is wrong. */
export function authenticate(header: string | undefined, keys: AuthKeys, now: number): Principal {
  if (header === undefined || header === "")
    throw new HttpError(
      401,
      "unauthenticated",
      "send Authorization: Bearer <shop key, auditor key or subject token>",
    );
  const match = /^Bearer ([\x21-\x7e]{1,4096})$/.exec(header);
  if (!match?.[1])
    throw new HttpError(401, "unauthenticated", "the Authorization header must be `Bearer <credential>`");
  const credential = match[1];
  if (same(credential, keys.shopKey)) return { role: "shop" };
  if (same(credential, keys.auditorKey)) return { role: "auditor" };
  if (credential.startsWith(TOKEN_PREFIX)) {
    const [payload, signature] = credential.slice(TOKEN_PREFIX.length).split(".");
    if (payload && signature && same(signature, sign(keys.tokenSecret, payload))) {
      let claims: { sub?: unknown; exp?: unknown };
      try {
        claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as typeof claims;
      } catch {
        throw new HttpError(401, "invalid-token", "the subject token's payload is not JSON");
      }
      if (typeof claims.sub !== "string" || typeof claims.exp !== "number")
        throw new HttpError(401, "invalid-token", "the subject token names no subject or expiry");
      if (claims.exp <= now) throw new HttpError(401, "token-expired", "the subject token has expired");
      return { role: "shopper", subject: claims.sub };
    }
    throw new HttpError(401, "invalid-token", "the subject token's signature does not match");
  }
  throw new HttpError(401, "unauthenticated", "unknown credential");
}

/** A subject route: the shop, or the shopper whose token names `subject`. */
export function requireSubject(principal: Principal, subject: string): void {
  if (principal.role === "shop") return;
  if (principal.role === "shopper" && principal.subject === subject) return;
  // The same answer whether or not the subject exists: nothing about another subject leaks.
  throw new HttpError(403, "forbidden", "this credential may not reach this subject");
}

/** A log route: auditors and the shop. */
export function requireLogReader(principal: Principal): void {
  if (principal.role === "auditor" || principal.role === "shop") return;
  throw new HttpError(403, "forbidden", "the log's routes need the auditor key or the shop key");
}

/** A shop-only route. */
export function requireShop(principal: Principal): void {
  if (principal.role === "shop") return;
  throw new HttpError(403, "forbidden", "this route needs the shop key");
}
