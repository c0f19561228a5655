/**
 * `candor audit head LOG`: the shop's one way to issue a fresh signed tree head. It opens the log as its writer
 * (taking the lock, with the signer key from the key directory), signs a head for entries no head covers yet and
 * appends it to the log; auditors' commands never do this. The head is printed and, with `--out FILE`, written
 * with its DER signature beside it (`FILE.sig.der`) for openssl.
 */
import { writeFile } from "node:fs/promises";
import { signatureDer } from "@candor/core/audit/node";
import { parseFlags } from "../args.ts";
import type { CliIo } from "../io.ts";
import { openLogForWriting } from "../log-files.ts";

/** Runs `candor audit head LOG [--keys DIR] [--out FILE]`. */
export async function headCommand(log: string, argv: readonly string[], io: CliIo): Promise<number> {
  const { flags } = parseFlags(argv, { keys: "string", out: "string" });
  const { log: opened } = await openLogForWriting(log, (m) => io.err(`note: ${m}`), {
    ...(typeof flags.keys === "string" ? { keys: flags.keys } : {}),
  });
  let head: Awaited<ReturnType<typeof opened.treeHead>>;
  try {
    head = await opened.treeHead();
  } finally {
    await opened.close();
  }
  const text = `${JSON.stringify(head, null, 2)}\n`;
  if (typeof flags.out === "string") {
    await writeFile(flags.out, text);
    await writeFile(`${flags.out}.sig.der`, signatureDer(head.signature));
  }
  io.out(text);
  io.err(
    `Signed tree head of size ${head.treeSize} (root ${head.rootHash.slice(0, 16)}…)${
      typeof flags.out === "string" ? `, written to ${flags.out}` : ""
    }: give it to a witness, or keep it to pass to candor audit verify --trusted-head later.`,
  );
  return 0;
}
