/**
 * CSV writing (RFC 4180) with a guard against formula injection: a spreadsheet runs a cell that
 * starts with = + - @ (or a tab or carriage return, which some programs strip first) as a
 * formula, and statement texts or labels are not ours to trust. See OWASP "CSV Injection".
 *
 * Excel opens a CSV by double-click with the separators of the computer's region: a Dutch Excel
 * splits on ';' and reads ',' as the decimal sign, an English one splits on ',' and reads '.'.
 * So the file is written in the style of the language the user chose (`csvStyleFor`), and it
 * starts with a byte-order mark, without which Excel reads UTF-8 as an old code page ("Ã©").
 */

/** Separator and decimal sign of a CSV file. */
export interface CsvStyle {
  readonly separator: ',' | ';';
  readonly decimal: '.' | ',';
}

/** RFC 4180 as English Excel reads it. */
export const CSV_EN: CsvStyle = { separator: ',', decimal: '.' };
/** As Dutch Excel reads it: ';' between cells, ',' in numbers. */
export const CSV_NL: CsvStyle = { separator: ';', decimal: ',' };

export function csvStyleFor(lng: string): CsvStyle {
  return lng.startsWith('nl') ? CSV_NL : CSV_EN;
}

/** The byte-order mark (EF BB BF in UTF-8) that makes Excel read the file as UTF-8. */
export const EXCEL_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
/** A number as this module writes it ("-0.12", "62,5"): never a formula, so never guarded. */
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

/**
 * One cell: a text that could start a formula gets an apostrophe in front ('=1+1), then a text
 * containing a quote, the separator or a line break is wrapped in double quotes with
 * inner quotes doubled. A plain number is left as it is, so a negative number stays a number.
 */
export function csvCell(value: string, separator: CsvStyle['separator'] = ','): string {
  const guarded = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  const needsQuotes = /["\r\n]/.test(guarded) || guarded.includes(separator);
  return needsQuotes ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** Rows to CSV text: cells joined by the separator, rows by CRLF (RFC 4180), with a final CRLF. */
export function toCsv(rows: readonly (readonly string[])[], style: CsvStyle = CSV_EN): string {
  return rows.map((row) => row.map((cell) => csvCell(cell, style.separator)).join(style.separator)).join('\r\n') + '\r\n';
}

/**
 * A number with a fixed count of decimals and the style's decimal sign, whatever the browser's
 * locale (`toFixed` never localises). Negative zero and "-0.00" from tiny rounding errors become
 * zero; a value that could not be computed is an empty cell.
 */
export function formatDecimal(value: number, decimals: number, decimal: CsvStyle['decimal'] = '.'): string {
  if (!Number.isFinite(value)) return '';
  // Rounded as the team report file rounds (Math.round at the last decimal), then written: toFixed
  // alone rounds the binary value and could write 50.4 where the file holds 50.5 (decision 68).
  const scale = 10 ** decimals;
  const text = (Math.round(value * scale) / scale).toFixed(decimals);
  const unsigned = /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
  return decimal === '.' ? unsigned : unsigned.replace('.', decimal);
}

/** The first rows of an export: which workshop, and which day (ISO, which Excel reads as a date in every region). */
export function workshopCsvRows(labels: { readonly workshop: string; readonly date: string }, name: string, isoDate: string): string[][] {
  return [
    [labels.workshop, name],
    [labels.date, isoDate.slice(0, 10)],
  ];
}
