/** Progress of a long pass over a log on stderr, only when stderr is a terminal: entries, a rate and an ETA. */
import type { CliIo } from "./io.ts";
import { processIo } from "./io.ts";

/** A progress line: `update` as often as you like (it redraws at most every 250 ms), `done` clears it. */
export interface Progress {
  update(p: { readonly bytes: number; readonly totalBytes: number; readonly entries: number }): void;
  done(): void;
}

const quiet: Progress = { update: () => undefined, done: () => undefined };

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return "–";
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** A progress line for `label` when `io` writes to a terminal's stderr; otherwise one that prints nothing. */
export function progressFor(io: CliIo, label: string): Progress {
  const stream = process.stderr;
  if (io.err !== processIo.err || !stream.isTTY) return quiet;
  const start = Date.now();
  let last = 0;
  let shown = false;
  return {
    update({ bytes, totalBytes, entries }) {
      const now = Date.now();
      if (now - last < 250) return;
      last = now;
      const seconds = (now - start) / 1000;
      const rate = seconds > 0 ? entries / seconds : 0;
      const eta = bytes > 0 ? (seconds * (totalBytes - bytes)) / bytes : Number.NaN;
      const share = totalBytes > 0 ? Math.min(100, (100 * bytes) / totalBytes) : 0;
      stream.write(
        `\r\x1b[K${label}: ${entries.toLocaleString("en")} entries (${share.toFixed(0)} %), ${Math.round(rate).toLocaleString("en")} entries/s, ETA ${clock(eta)}`,
      );
      shown = true;
    },
    done() {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}
