import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLIMATE_ZONES, coldestElement, elementLevel, readClimate, scaleMarkAt, shownScore, temperatureBand, temperatureOf } from './temperature';

/** T by hand: mᵢ = 1 + sᵢ/25, G = (m₁m₂m₃m₄)^¼, T = (G − 1)·25. */
const byHand = (m1: number, m2: number, m3: number, m4: number) => ((m1 * m2 * m3 * m4) ** 0.25 - 1) * 25;

describe('temperatureOf: the geometric mean on the 1–5 metric', () => {
  it('equals the common score when all four elements are equal', () => {
    for (const s of [0, 12.5, 50, 62.5, 100]) expect(temperatureOf([s, s, s, s])).toBeCloseTo(s, 9);
  });

  it('matches hand computation', () => {
    // 100, 75, 75, 0 → m = 5, 4, 4, 1 → G = 80^¼ = 2.99070 → T = 49.77 (the arithmetic mean is 62.5).
    expect(temperatureOf([100, 75, 75, 0])).toBeCloseTo(byHand(5, 4, 4, 1), 9);
    expect(temperatureOf([100, 75, 75, 0])).toBeCloseTo(49.767, 3);
    // 25, 25, 50, 50 → m = 2, 2, 3, 3 → G = √6 → T = 36.24.
    expect(temperatureOf([25, 25, 50, 50])).toBeCloseTo((Math.sqrt(6) - 1) * 25, 9);
  });

  it('lets one frozen element pull the whole team down, well below the arithmetic mean', () => {
    // Three elements at the top and one at 0: the arithmetic mean says 75, the temperature 58.6.
    const t = temperatureOf([100, 100, 100, 0]);
    expect(t).toBeCloseTo(byHand(5, 5, 5, 1), 9);
    expect(t).toBeLessThan(60);
    expect(75 - t).toBeGreaterThan(16);
  });

  it('is 0 only when every element is 0', () => {
    expect(temperatureOf([0, 0, 0, 0])).toBe(0);
    expect(temperatureOf([0, 0, 0, 4])).toBeGreaterThan(0);
  });

  it('never exceeds the arithmetic mean, is order-free, and rises with every element (property)', () => {
    const score = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(fc.tuple(score, score, score, score), fc.double({ min: 0.01, max: 20, noNaN: true }), (scores, bump) => {
        const t = temperatureOf(scores);
        const mean = (scores[0] + scores[1] + scores[2] + scores[3]) / 4;
        expect(t).toBeLessThanOrEqual(mean + 1e-9);
        expect(t).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-9);
        expect(temperatureOf([...scores].reverse())).toBeCloseTo(t, 9);
        const warmer = [Math.min(100, scores[0] + bump), scores[1], scores[2], scores[3]];
        if (scores[0] + bump <= 100) expect(temperatureOf(warmer)).toBeGreaterThan(t);
      }),
    );
  });

  it('refuses anything but four finite scores', () => {
    expect(() => temperatureOf([50, 50, 50])).toThrow(RangeError);
    expect(() => temperatureOf([50, 50, 50, Number.NaN])).toThrow(RangeError);
  });
});

describe('levels and bands: the edges', () => {
  it('is warm from 60 and cold up to 40, as shown (a whole number)', () => {
    expect(elementLevel(60)).toBe('warm');
    expect(elementLevel(59.5)).toBe('warm'); // shown as 60
    // One rounding (decision 68): 59.49 is 59.5 in the team report file, so 60 everywhere.
    expect(elementLevel(59.49)).toBe('warm'); // 59.5, shown as 60
    expect(elementLevel(59.44)).toBe('middle'); // 59.4, shown as 59
    expect(elementLevel(40)).toBe('cold');
    expect(elementLevel(40.44)).toBe('cold'); // 40.4, shown as 40
    expect(elementLevel(40.49)).toBe('middle'); // 40.5, shown as 41
    expect(elementLevel(40.5)).toBe('middle'); // shown as 41
    expect(elementLevel(50)).toBe('middle');
  });

  it('reads a value a rounding error below 60 (or above 40) as on the bound', () => {
    expect(elementLevel(60 - 1e-12)).toBe('warm');
    expect(elementLevel(40 + 1e-12)).toBe('cold');
    expect(temperatureBand(60 - 1e-12)).toBe('hotSpot');
  });

  it('shows a score as the whole number the screens print (a half rounds up)', () => {
    // The whole number of the 0.1 value the team report file holds (decision 68): 50.46 → 50.5 → 51.
    expect([59.5, 59.49, 59.44, 40.5, 40.49, 40.44, 50.46, 0, 100].map(shownScore)).toEqual([60, 60, 59, 41, 41, 40, 51, 0, 100]);
    // The screens' number format gives the same whole number for every shown score.
    const format = new Intl.NumberFormat('nl', { maximumFractionDigits: 0 });
    for (let tenth = 0; tenth <= 1000; tenth++) expect(format.format(tenth / 10)).toBe(String(shownScore(tenth / 10)));
  });

  it('calls four elements of exactly 60 a hot spot', () => {
    const reading = readClimate([60, 60, 60, 60], temperatureOf([60, 60, 60, 60]));
    expect(reading).toEqual({ band: 'hotSpot', coldest: 'purpose', warm: ['purpose', 'cooperation', 'boundaries', 'reflection'], cold: [] });
  });

  it('reads the band from the temperature alone: the two contradictions of issue 19', () => {
    // (40, 40, 100, 100): T = 65.1 lies in the hot zone; the old count of cold elements said "Cold spot".
    const twoCold = [40, 40, 100, 100];
    expect(temperatureOf(twoCold)).toBeCloseTo(65.14, 2);
    expect(readClimate(twoCold, temperatureOf(twoCold))).toEqual({
      band: 'hotSpot',
      coldest: 'purpose',
      warm: ['boundaries', 'reflection'],
      cold: ['purpose', 'cooperation'],
    });
    // (57.5, 100, 100, 100): T = 87.7; the old rule ("all four warm") said "Lauw".
    const oneMiddle = [57.5, 100, 100, 100];
    expect(temperatureOf(oneMiddle)).toBeCloseTo(87.7, 1);
    expect(readClimate(oneMiddle, temperatureOf(oneMiddle)).band).toBe('hotSpot');
  });

  it('calls one cold element with a temperature of at most 40 a cold spot', () => {
    const scores = [0, 50, 50, 50];
    const t = temperatureOf(scores);
    expect(t).toBeCloseTo(byHand(1, 3, 3, 3), 9); // 27^¼ = 2.2795 → 31.99
    expect(readClimate(scores, t)).toMatchObject({ band: 'coldSpot', coldest: 'purpose', cold: ['purpose'] });
  });

  it('uses the bounds 40 and 60 of the shown temperature', () => {
    expect(temperatureBand(40)).toBe('coldSpot');
    expect(temperatureBand(40.44)).toBe('coldSpot');
    expect(temperatureBand(40.49)).toBe('lukewarm'); // 40.5 in the file, shown as 41
    expect(temperatureBand(40.5)).toBe('lukewarm');
    expect(temperatureBand(59.44)).toBe('lukewarm');
    expect(temperatureBand(59.49)).toBe('hotSpot'); // 59.5 in the file, shown as 60
    expect(temperatureBand(59.5)).toBe('hotSpot');
    expect(temperatureBand(0)).toBe('coldSpot');
    expect(temperatureBand(100)).toBe('hotSpot');
  });

  it('names the lukewarm team its warm and its cold elements', () => {
    const scores = [100, 75, 75, 0];
    expect(readClimate(scores, temperatureOf(scores))).toEqual({
      band: 'lukewarm',
      coldest: 'reflection',
      warm: ['purpose', 'cooperation', 'boundaries'],
      cold: ['reflection'],
    });
  });

  it('draws every temperature in the zone named by its band (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 105, noNaN: true }), (t) => {
        const at = scaleMarkAt(t);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(at).toBeLessThanOrEqual(100);
        expect(zoneHolding(at)).toBe(temperatureBand(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('has three zones that tile 0–100, cold to hot', () => {
    expect(CLIMATE_ZONES.map((z) => [z.band, z.from, z.to])).toEqual([
      ['coldSpot', 0, 40],
      ['lukewarm', 40, 60],
      ['hotSpot', 60, 100],
    ]);
  });
});

/** The zone a point of the scale is drawn in, read from the drawing's geometry: 40 is cold, 60 hot. */
function zoneHolding(at: number) {
  const [cold, middle, hot] = CLIMATE_ZONES;
  if (cold && at <= cold.to) return cold.band;
  if (hot && at >= hot.from) return hot.band;
  return middle?.band;
}

describe('coldestElement', () => {
  it('is the lowest element, always named', () => {
    expect(coldestElement([80, 70, 90, 75])).toBe('cooperation');
    expect(coldestElement([10, 20, 30, 5])).toBe('reflection');
  });

  it('breaks ties in the fixed order purpose, cooperation, boundaries, reflection', () => {
    expect(coldestElement([50, 50, 50, 50])).toBe('purpose');
    expect(coldestElement([60, 40, 40, 40])).toBe('cooperation');
    expect(coldestElement([60, 60, 40, 40])).toBe('boundaries');
    // A rounding error is a tie, not a difference.
    expect(coldestElement([60, 40 + 1e-12, 40, 70])).toBe('cooperation');
  });
});
