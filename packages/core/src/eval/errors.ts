/** Typed errors of the eval module. */
import { CandorError } from "../internal/candor-error.ts";

/**
 * Thrown when a dataset line cannot be read (code `"dataset-parse"`, `path` `file:line`): names the file, the 1-based
 * line and what was wrong.
 */
export class DatasetParseError extends CandorError {
  /** File name given by the caller (or the format name when none was given). */
  readonly fileName: string;
  /** 1-based line number of the offending line. */
  readonly line: number;
  /** What was wrong with the line. */
  readonly reason: string;

  constructor(fileName: string, line: number, reason: string) {
    super("dataset-parse", `${fileName}:${line}`, `${fileName}:${line}: ${reason}`);
    this.name = "DatasetParseError";
    this.fileName = fileName;
    this.line = line;
    this.reason = reason;
  }
}

/**
 * Thrown when an eval function gets invalid options or inputs that do not fit together (code `"invalid-option"`):
 * `path` is the dotted path of the offending option, e.g. `"ratios.1"`.
 */
export class EvalOptionError extends CandorError {
  /** Why the value was rejected. */
  readonly reason: string;

  constructor(path: string, reason: string) {
    super("invalid-option", path, `Invalid eval option "${path || "(root)"}": ${reason}`);
    this.name = "EvalOptionError";
    this.reason = reason;
  }
}

/** Thrown when a data file holds nothing to evaluate (code `"empty-dataset"`, `path` the file's name). */
export class EmptyDatasetError extends CandorError {
  constructor(fileName: string, what: string) {
    super(
      "empty-dataset",
      fileName,
      `${fileName}: ${what} (the file is empty or holds only blank or header lines)`,
    );
    this.name = "EmptyDatasetError";
  }
}

/**
 * Thrown when the test split names items that train never saw and the caller asked to refuse them (code
 * `"unseen-test-items"`, `path` `"test"`): they cannot be recommended by any collaborative model.
 */
export class UnseenTestItemsError extends CandorError {
  /** Test interactions whose item has no train interaction, and how many distinct items that is. */
  readonly interactions: number;
  readonly items: number;

  constructor(interactions: number, items: number) {
    super(
      "unseen-test-items",
      "test",
      `${interactions} test interactions (${items} items) are with items absent from training`,
    );
    this.name = "UnseenTestItemsError";
    this.interactions = interactions;
    this.items = items;
  }
}
