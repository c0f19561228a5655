import { issueSubjectToken } from "@candor/server";
import { describe, expect, test } from "vitest";
import type { CliIo } from "../io.ts";
import { runCli } from "../main.ts";
import { startServe } from "./serve.ts";

function memoryIo(): CliIo & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    out: (t) => void lines.push(t),
    err: (t) => void lines.push(t),
    readText: async () => "",
    writeText: async () => {},
  };
}

describe("candor serve", () => {
  test("starts on PGlite with the sample shop and no configuration, and answers over HTTP", async () => {
    const io = memoryIo();
    const secret = "a-token-secret-of-at-least-32-characters";
    const handle = await startServe(["--data-dir", "memory", "--port", "0", "--items", "200"], io, {
      CANDOR_SHOP_KEY: "shop",
      CANDOR_TOKEN_SECRET: secret,
    });
    try {
      expect(io.lines.join("\n")).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ \(PGlite \(in memory\)/);
      expect(io.lines.join("\n")).toMatch(/CANDOR_AUDITOR_KEY=/);
      expect(await (await fetch(`${handle.url}/health`)).json()).toMatchObject({ status: "ok" });
      const token = issueSubjectToken(secret, "s1", Date.now() + 60_000);
      const reply = await fetch(`${handle.url}/v1/subjects/s1/recommendations`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ surface: "home", k: 4 }),
      });
      const body = (await reply.json()) as { slate: { mode: string; items: unknown[] } };
      expect(body.slate.mode).toBe("non_profiling");
      expect(body.slate.items).toHaveLength(4);
    } finally {
      await handle.close();
    }
  });

  test("bad flags are usage errors", async () => {
    const io = memoryIo();
    expect(await runCli(["serve", "--port", "http"], io)).toBe(2);
    expect(await runCli(["serve", "--database-url", "postgres://x", "--data-dir", "d"], io)).toBe(2);
    expect(io.lines.join("\n")).toMatch(/--port must be a valid number/);
    expect(await runCli(["serve", "--models-poll-ms", "5"], io)).toBe(2);
    expect(await runCli(["serve", "--ingest-claim-ms", "10"], io)).toBe(2);
    const db = "postgres://127.0.0.1:1/x";
    const nats = "nats://127.0.0.1:1";
    expect(await runCli(["worker", "--database-url", db, "--nats", nats, "--min-support", "0"], io)).toBe(2);
    expect(
      await runCli(["worker", "--database-url", db, "--nats", nats, "--refit-interval-ms", "9"], io),
    ).toBe(2);
  });
});
