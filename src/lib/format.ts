/** Number and date formatting in the user's language; the model returns plain numbers. */

/** The app's English is British: "30 November 2026", not "November 30, 2026". */
export function locale(lng: string): string {
  return lng === 'en' ? 'en-GB' : lng;
}

// Making an Intl formatter costs far more than using one (a result page formats many dates while
// it loads), so each language and style gets one, made on first use.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(lng: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lng}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale(lng), options)));
  return format;
}
function numberFormat(lng: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lng}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale(lng), options)));
  return format;
}

export function formatDate(iso: string, lng: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(lng, { dateStyle: 'long' }).format(date);
}

export function formatDateTime(iso: string, lng: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** "+12", "−5", "0": a change reads as a change. */
export function formatSigned(value: number, lng: string): string {
  return numberFormat(lng, { signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(value);
}

/** A number for display; a value that could not be computed (NaN) shows as a dash, never as "NaN". */
export function formatNumber(value: number, lng: string, digits = 0): string {
  if (!Number.isFinite(value)) return '–';
  return numberFormat(lng, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/** "30 Nov" / "30 nov.": a short date for chart labels. */
export function formatShortDate(iso: string, lng: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(lng, { day: 'numeric', month: 'short' }).format(date);
}
