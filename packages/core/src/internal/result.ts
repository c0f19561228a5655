/** The `safe*` result shape and the one way Candor builds a `safe*` variant from its throwing function. */

/** The `safe*` result shape: a value or the error that prevented it (STYLE.md rule 8). */
export type Result<T, E = Error> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/**
 * The `safe*` variant of a throwing function, as zod builds `safeParse` from `parse`: same arguments, and the value
 * or the error as a {@link Result} when it is an `expected` one. Any other error still throws: it is a bug, not bad
 * input. Every `safe*` export of Candor is made with it, so all behave alike.
 */
export function safe<A extends readonly unknown[], T, C extends readonly ErrorClass[]>(
  fn: (...args: A) => T,
  ...expected: C
): (...args: A) => Result<T, InstanceType<C[number]>> {
  return (...args) => {
    try {
      return { ok: true, value: fn(...args) };
    } catch (error) {
      return failure(error, expected);
    }
  };
}

/** {@link safe} for an async function: resolves to the {@link Result}, rejects only with an unexpected error. */
export function safeAsync<A extends readonly unknown[], T, C extends readonly ErrorClass[]>(
  fn: (...args: A) => Promise<T>,
  ...expected: C
): (...args: A) => Promise<Result<T, InstanceType<C[number]>>> {
  return (...args) =>
    fn(...args).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => failure(error, expected),
    );
}

/** An error class `safe` may return instead of throwing. */
type ErrorClass = abstract new (...args: never[]) => Error;

function failure<E>(error: unknown, expected: readonly ErrorClass[]): Result<never, E> {
  for (const type of expected) if (error instanceof type) return { ok: false, error: error as E };
  throw error;
}
