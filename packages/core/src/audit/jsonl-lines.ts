/**
 * Reading a JSON-lines file line by line in linear time and constant memory (Node): chunks are scanned for newlines
 * with `indexOf`, and a line that spans chunks is gathered as a list of pieces and joined once, so a line of any
 * length costs one copy (joining a growing carry on every chunk would be quadratic).
 */
import { type FileHandle, open } from "node:fs/promises";

/** One complete line (without its newline), its 1-based number and its byte span in the file. */
export interface FileLine {
  readonly bytes: Buffer;
  readonly number: number;
  readonly start: number;
  readonly end: number;
}

/** What {@link readLines} leaves after the last newline, and how far it read. */
export interface LinesTail {
  /** Bytes after the last newline (an unterminated last line). */
  trailingBytes: number;
  /** File size when reading started. */
  fileBytes: number;
}

/** Options of {@link readLines}. */
export interface ReadLinesOptions {
  /** Bytes per read; default 4 MiB. */
  readonly chunkBytes?: number;
  /** Called after each chunk with the bytes read so far and the file size. */
  readonly onProgress?: (bytes: number, total: number) => void;
  /** Filled in at the end. */
  readonly tail?: LinesTail;
}

/** Every newline-terminated line of `path`; rejects with the `open` error (e.g. `ENOENT`). */
export async function* readLines(path: string, options: ReadLinesOptions = {}): AsyncGenerator<FileLine> {
  const handle: FileHandle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const chunkBytes = Math.max(1 << 12, Math.min(options.chunkBytes ?? 1 << 22, size || 1));
    let pieces: Buffer[] = [];
    let piecesBytes = 0;
    let offset = 0;
    let lineStart = 0;
    let number = 0;
    for (;;) {
      // A fresh buffer per read, so that a line handed out stays valid however long the caller keeps it.
      const chunk = Buffer.allocUnsafe(chunkBytes);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      const data = chunk.subarray(0, bytesRead);
      let from = 0;
      for (let nl = data.indexOf(10, from); nl !== -1; nl = data.indexOf(10, from)) {
        number++;
        let bytes: Buffer;
        if (piecesBytes > 0) {
          pieces.push(data.subarray(from, nl));
          bytes = Buffer.concat(pieces, piecesBytes + nl - from);
          pieces = [];
          piecesBytes = 0;
        } else bytes = data.subarray(from, nl);
        yield { bytes, number, start: lineStart, end: offset + nl };
        from = nl + 1;
        lineStart = offset + from;
      }
      if (from < bytesRead) {
        pieces.push(data.subarray(from));
        piecesBytes += bytesRead - from;
      }
      offset += bytesRead;
      options.onProgress?.(offset, size);
    }
    if (options.tail) {
      options.tail.trailingBytes = piecesBytes;
      options.tail.fileBytes = size;
    }
  } finally {
    await handle.close();
  }
}
