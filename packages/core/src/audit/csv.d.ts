/** CSV (RFC 4180) text, with spreadsheet formula injection neutralised (OWASP "CSV Injection"). */
/** One CSV line from cells: quoted when needed; a text cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`. */
export declare function csvRow(cells: readonly (string | number | boolean | null)[]): string;
/** A CSV document (CRLF line ends, RFC 4180 §2) from a header and rows. */
export declare function csvDocument(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string;
