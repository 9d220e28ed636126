import { describe, expect, it } from 'vitest';
import { sdBand } from './sd-band';

describe('sdBand', () => {
  it('is one SD either side of the mean', () => {
    expect(sdBand(50, 12.5)).toEqual({ low: 37.5, high: 62.5 });
  });

  it('stays within 0–100, and is the mean alone when the SD is unknown', () => {
    expect(sdBand(10, 20)).toEqual({ low: 0, high: 30 });
    expect(sdBand(95, 20)).toEqual({ low: 75, high: 100 });
    expect(sdBand(40, Number.NaN)).toEqual({ low: 40, high: 40 });
  });
});
