/** Vault storage in a JSON-lines file (Node): one record per line, appended; erasure rewrites the file atomically. */
import { appendFile, mkdir, open, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { randomId } from "../internal/random-id.ts";
import type { StoredSlot, VaultRecord, VaultStorage } from "./types.ts";

/** Options of {@link jsonlFileStorage}. */
export interface JsonlFileStorageOptions {
  /** Path of the `.jsonl` file; created with its folder on the first append. */
  readonly path: string;
}

/**
 * Keeps vault records in a JSON-lines file. A line that is not JSON is returned as unreadable with its 1-based
 * line number (the vault skips and reports it) and never costs the valid lines; a truncated last line from a crash
 * mid-append is tolerated and the next append starts on a fresh line. `erase` rewrites the file without the
 * subject's records, including unreadable lines that name the subject (GDPR Art. 17), via a temporary file and
 * a rename. One vault per file: the adapter does not lock against other processes.
 */
export function jsonlFileStorage(options: JsonlFileStorageOptions): VaultStorage {
  const { path } = options;
  let tailChecked = false;
  let folderMade = false;

  const read = async (): Promise<string> => {
    try {
      return await readFile(path, "utf8");
    } catch (error) {
      if ((error as { code?: string }).code === "ENOENT") return "";
      throw error;
    }
  };

  const endsWithoutNewline = async (): Promise<boolean> => {
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(path, "r");
    } catch (error) {
      if ((error as { code?: string }).code === "ENOENT") return false;
      throw error;
    }
    try {
      const { size } = await handle.stat();
      if (size === 0) return false;
      const last = new Uint8Array(1);
      await handle.read(last, 0, 1, size - 1);
      return last[0] !== 0x0a;
    } finally {
      await handle.close();
    }
  };

  return {
    async append(records: readonly VaultRecord[]) {
      if (records.length === 0) return;
      let text = "";
      for (const record of records) text += `${JSON.stringify(record)}\n`;
      if (!folderMade) {
        await mkdir(dirname(path), { recursive: true });
        folderMade = true;
      }
      if (!tailChecked) {
        if (await endsWithoutNewline()) text = `\n${text}`;
        tailChecked = true;
      }
      try {
        await appendFile(path, text, "utf8");
      } catch (error) {
        tailChecked = false;
        throw error;
      }
    },

    async readAll(subject?: string) {
      const text = await read();
      const lines = text.split("\n");
      const marker = subject === undefined ? "" : subjectMarker(subject);
      const slots: StoredSlot[] = [];
      lines.forEach((line, index) => {
        if (line.trim() === "") return;
        const location = `${path}:${index + 1}`;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          if (subject !== undefined && !line.includes(marker)) return;
          const truncated = index === lines.length - 1;
          const reason = truncated ? "truncated last line (interrupted append)" : "line is not valid JSON";
          slots.push({ ok: false, location, reason });
          return;
        }
        if (subject !== undefined && (value as { subject?: unknown } | null)?.subject !== subject) return;
        slots.push({ ok: true, location, value });
      });
      return slots;
    },

    async erase(subject: string) {
      const text = await read();
      if (text === "") return 0;
      const marker = subjectMarker(subject);
      const kept: string[] = [];
      let removed = 0;
      for (const line of text.split("\n")) {
        if (line.trim() === "") continue;
        let mine: boolean;
        try {
          mine = (JSON.parse(line) as { subject?: unknown } | null)?.subject === subject;
        } catch {
          mine = line.includes(marker);
        }
        if (mine) removed++;
        else kept.push(line);
      }
      if (removed === 0) return 0;
      const temporary = `${path}.${randomId()}.tmp`;
      await writeFile(temporary, kept.length > 0 ? `${kept.join("\n")}\n` : "", "utf8");
      await rename(temporary, path);
      tailChecked = true;
      return removed;
    },
  };
}

/** How a record names its subject in a line, to find unreadable lines of an erased subject. */
function subjectMarker(subject: string): string {
  return `"subject":${JSON.stringify(subject)}`;
}
