/** The `safe*` result shape: a value or the error that prevented it (STYLE.md rule 8). */
export type Result<T, E = Error> = {
    readonly ok: true;
    readonly value: T;
} | {
    readonly ok: false;
    readonly error: E;
};
