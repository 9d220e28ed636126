/** What a label is made of: when a result was completed, and which one it is. */
export interface Moment {
  readonly id: string;
  /** ISO 8601 date-time. */
  readonly completedAt: string;
}

/**
 * A label per result that tells it apart from the others (issue 21: three self-checks of one day
 * all read "7 dec" on the trend's axis). Each result gets the first of `formats` (coarse to fine,
 * e.g. a date, then a date with the time) that no other result shares; where even the finest is
 * shared (two results in one minute), the later ones get "(2)", "(3)"… in the order they were
 * completed. Returns the labels by id.
 */
export function momentLabels(moments: readonly Moment[], formats: readonly ((iso: string) => string)[]): Map<string, string> {
  const chronological = [...moments].sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  const labels = new Map<string, string>();
  for (const m of chronological) {
    const shared = (format: (iso: string) => string) => chronological.some((o) => o.id !== m.id && format(o.completedAt) === format(m.completedAt));
    const format = formats.find((f) => !shared(f)) ?? formats[formats.length - 1];
    labels.set(m.id, format ? format(m.completedAt) : m.completedAt);
  }
  // Still the same label (the same minute): number them.
  const seen = new Map<string, number>();
  for (const m of chronological) {
    const label = labels.get(m.id) ?? '';
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    if (n > 1) labels.set(m.id, `${label} (${n})`);
  }
  return labels;
}
