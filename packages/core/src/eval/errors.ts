/** The eval module's one own error class, a dataset line that cannot be read, and the codes of its other input errors. */
import { InputError } from "../internal/candor-error.ts";

/**
 * Thrown when a dataset line cannot be read (code `"dataset-parse"`, `path` `file:line`): names the file, the 1-based
 * line and what was wrong.
 */
export class DatasetParseError extends InputError {
  /** File name given by the caller (or the format name when none was given). */
  readonly fileName: string;
  /** 1-based line number of the offending line. */
  readonly line: number;

  constructor(fileName: string, line: number, reason: string) {
    super(`${fileName}:${line}`, reason, undefined, {
      code: "dataset-parse",
      message: `${fileName}:${line}: ${reason}`,
    });
    this.name = "DatasetParseError";
    this.fileName = fileName;
    this.line = line;
  }
}

/** A data file holds nothing to evaluate: an {@link InputError} with code `"empty-dataset"`, `path` the file's name. */
export function emptyDataset(fileName: string, what: string): InputError {
  return new InputError(fileName, what, undefined, {
    code: "empty-dataset",
    message: `${fileName}: ${what} (the file is empty or holds only blank or header lines)`,
  });
}

/**
 * The test split names items that train never saw and the caller asked to refuse them: an {@link InputError} with
 * code `"unseen-test-items"`, `path` `"test"`. They cannot be recommended by any collaborative model.
 */
export function unseenTestItemsError(interactions: number, items: number): InputError {
  return new InputError(
    "test",
    `${interactions} test interactions (${items} items) are with items absent from training`,
    undefined,
    {
      code: "unseen-test-items",
      message: `${interactions} test interactions (${items} items) are with items absent from training`,
    },
  );
}
