import { locale } from '../../lib/format';

/** A report's day (YYYY-MM-DD) in words, as that day wherever the reader is: read and shown in UTC (as the team report shows it). */
export function reportDay(date: string, lng: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? date : new Intl.DateTimeFormat(locale(lng), { dateStyle: 'long', timeZone: 'UTC' }).format(day);
}
