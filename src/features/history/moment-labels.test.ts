import { describe, expect, it } from 'vitest';
import { formatShortDate, formatTime } from '../../lib/format';
import { momentLabels } from './moment-labels';

const axis = [(iso: string) => formatShortDate(iso, 'nl'), (iso: string) => `${formatShortDate(iso, 'nl')} ${formatTime(iso, 'nl')}`];
const at = (id: string, completedAt: string) => ({ id, completedAt });

describe('momentLabels', () => {
  it('gives a day of its own only its date', () => {
    const labels = momentLabels([at('a', '2026-12-07T10:00:00.000Z'), at('b', '2026-12-09T10:00:00.000Z')], axis);
    expect(labels.get('a')).toBe(formatShortDate('2026-12-07T10:00:00.000Z', 'nl'));
    expect(labels.get('b')).not.toBe(labels.get('a'));
  });

  it('adds the time where a day holds more than one result, and "(2)" where even the minute is shared', () => {
    // The three self-checks of one day that all read "7 dec" on the trend's axis (issue 21).
    const moments = [
      at('late', '2026-12-07T15:30:40.000Z'),
      at('second', '2026-12-07T09:15:50.000Z'),
      at('first', '2026-12-07T09:15:05.000Z'),
      at('other-day', '2026-12-01T09:15:05.000Z'),
    ];
    const labels = momentLabels(moments, axis);
    const shown = moments.map((m) => labels.get(m.id));
    expect(new Set(shown).size).toBe(moments.length);
    expect(labels.get('first')).toBe(`${formatShortDate(moments[2]!.completedAt, 'nl')} ${formatTime(moments[2]!.completedAt, 'nl')}`);
    // The later one of the shared minute is numbered, the earlier one is not.
    expect(labels.get('second')).toBe(`${labels.get('first')} (2)`);
    expect(labels.get('other-day')).toBe(formatShortDate(moments[3]!.completedAt, 'nl'));
  });

  it('numbers results of the very same moment in the order they are given', () => {
    const labels = momentLabels([at('x', '2026-12-07T09:15:05.000Z'), at('y', '2026-12-07T09:15:05.000Z'), at('z', '2026-12-07T09:15:05.000Z')], axis);
    expect([labels.get('y'), labels.get('z')]).toEqual([`${labels.get('x')} (2)`, `${labels.get('x')} (3)`]);
  });
});
