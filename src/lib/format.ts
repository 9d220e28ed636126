/** Number and date formatting in the user's language; the model returns plain numbers. */
import { shownFigure } from '../model/team-report/figures';

/** The app's English is British: "30 November 2026", not "November 30, 2026". */
export function locale(lng: string): string {
  return lng === 'en' ? 'en-GB' : lng;
}

// Making an Intl formatter costs far more than using one (a result page formats many dates while
// it loads), so each language and style gets one, made on first use.
const formatters = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  if (!formatters.has(key)) formatters.set(key, make());
  return formatters.get(key) as T;
}
const dateFormat = (lng: string, options: Intl.DateTimeFormatOptions) =>
  cached(`date|${lng}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale(lng), options));
const numberFormat = (lng: string, options: Intl.NumberFormatOptions) =>
  cached(`number|${lng}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale(lng), options));

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

/** "10:05": the time of day, for telling apart results of one day. */
export function formatTime(iso: string, lng: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(lng, { timeStyle: 'short' }).format(date);
}

/**
 * A team figure (a 0–100 score or SD) as every screen and paper shows it: the whole number of the
 * value the team report file holds (0.1), so the wall and the report never differ by one
 * (docs/decisions.md, item 68). A figure that is not there shows as a dash, never as 0.
 */
export function formatFigure(value: number | null | undefined, lng: string): string {
  const shown = shownFigure(value);
  return shown === null ? '–' : formatNumber(shown, lng);
}

/** "MET en VOOR", "Samenwerking en Open naar buiten": names joined as the language joins them. */
export function formatList(items: readonly string[], lng: string): string {
  return cached(`list|${lng}`, () => new Intl.ListFormat(locale(lng), { style: 'long', type: 'conjunction' })).format(items);
}
