/**
 * CSV writing (RFC 4180) with a guard against formula injection: a spreadsheet runs a cell that
 * starts with = + - @ (or a tab or carriage return, which some programs strip first) as a
 * formula, and statement texts or labels are not ours to trust. See OWASP "CSV Injection".
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell: a text that could start a formula gets an apostrophe in front ('=1+1), then a text
 * containing a quote, comma or line break is wrapped in double quotes with inner quotes doubled.
 */
export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** Rows to CSV text: cells joined by commas, rows by CRLF (RFC 4180), with a final CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * A number with a fixed count of decimals and '.' as decimal separator, whatever the locale
 * (`toFixed` never localises). Negative zero and "-0.00" from tiny rounding errors become zero.
 */
export function formatDecimal(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '';
  const text = value.toFixed(decimals);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}
