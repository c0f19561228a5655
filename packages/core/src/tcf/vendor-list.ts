/** The IAB Global Vendor List a shop supplies (a file it downloads and serves itself; Candor never fetches one). */

import { GVL, type VendorList } from "@iabtechlabtcf/core";
import * as z from "zod/mini";
import { ConfigError } from "../internal/candor-error.ts";
import { firstIssue } from "../internal/zod-issue.ts";

const ids = z.array(z.number().check(z.int(), z.positive()));
const vendorSchema = z.object({
  id: z.number().check(z.int(), z.positive()),
  name: z.string(),
  purposes: ids,
  legIntPurposes: ids,
  specialFeatures: ids,
  deletedDate: z.optional(z.string()),
});
const listSchema = z.object({
  gvlSpecificationVersion: z.number().check(z.int(), z.minimum(2)),
  vendorListVersion: z.number().check(z.int(), z.positive()),
  tcfPolicyVersion: z.number().check(z.int(), z.minimum(4)),
  lastUpdated: z.string(),
  purposes: z.record(z.string(), z.object({ id: z.number(), name: z.string() })),
  specialFeatures: z.record(z.string(), z.object({ id: z.number(), name: z.string() })),
  vendors: z.record(z.string(), vendorSchema),
});

/**
 * Checks a Global Vendor List (GVL specification 2 or 3, TCF policy version 4 or later, i.e. TCF 2.2/2.3) and wraps
 * it in the official `GVL` class without any network access. `language` (ISO 639-1, default `"en"`) is the language
 * the shopper was asked in and becomes the TC string's consent language; pass the GVL translation of that language.
 * Throws `ConfigError` naming the bad field.
 */
export function loadVendorList(json: unknown, options: { readonly language?: string } = {}): GVL {
  const parsed = listSchema.safeParse(json);
  if (!parsed.success) {
    const { path, reason } = firstIssue(parsed.error, json);
    throw new ConfigError(`vendorList${path ? `.${path}` : ""}`, reason);
  }
  try {
    return new GVL(json as VendorList, options.language ? { language: options.language } : undefined);
  } catch (cause) {
    throw new ConfigError("language", cause instanceof Error ? cause.message : String(cause));
  }
}
