/** Number and date formatting in the user's language; the model returns plain numbers. */

export function formatDate(iso: string, lng: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lng, { dateStyle: 'long' }).format(date);
}

export function formatDateTime(iso: string, lng: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** "+12", "−5", "0": a change reads as a change. */
export function formatSigned(value: number, lng: string): string {
  return new Intl.NumberFormat(lng, { signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(value);
}

/** A number for display; a value that could not be computed (NaN) shows as a dash, never as "NaN". */
export function formatNumber(value: number, lng: string, digits = 0): string {
  if (!Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(lng, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}
