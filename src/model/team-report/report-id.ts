/**
 * The team report's id (file version 5, decision 95): 16 characters of Crockford's base 32
 * (80 random bits), made once per workshop when a report of it is first needed, and kept with the
 * workshop (`Workshop.reportId`). It only says "this is the same report", so the same report added
 * to the overview twice counts once; it names nobody and is no secret (a guess gains nothing).
 */
import { z } from 'zod/mini';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const REPORT_ID_LENGTH = 16;
export const reportIdSchema = z.string().check(z.regex(/^[0-9a-hjkmnp-tv-z]{16}$/));

/** A new report id from a uniform random number in [0, 1) (the app passes the browser's cryptographic one). */
export function newReportId(random: () => number): string {
  let id = '';
  for (let i = 0; i < REPORT_ID_LENGTH; i++) id += ALPHABET[Math.floor(random() * ALPHABET.length) % ALPHABET.length];
  return id;
}
