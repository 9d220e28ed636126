import { fCdf, fQuantile, incompleteBeta } from './distributions';

describe('the F distribution behind the Feldt interval', () => {
  // Expected values: scipy.stats.f.ppf (reference-values.py, last lines), an implementation that
  // shares no code with ours.
  it.each([
    [0.975, 9, 72, 2.29632096190589],
    [0.025, 9, 72, 0.2915207607008615],
    [0.975, 99, 693, 1.3261007452254312],
    [0.025, 99, 693, 0.7289522377365687],
    [0.975, 1, 30, 5.567534996510771],
    [0.025, 4, 12, 0.11427057932200911],
    [0.975, 999, 6993, 1.0964991724553623],
    [0.025, 999, 6993, 0.9089495469994806],
    [0.5, 2, 2, 1],
  ])('the %s quantile of F(%i, %i) is %f, as scipy gives it', (p, d1, d2, expected) => {
    expect(fQuantile(p, d1, d2)).toBeCloseTo(expected, 9);
  });

  it('inverts its own CDF, and knows I_x(1, 1) = x', () => {
    expect(fCdf(fQuantile(0.3, 7, 40), 7, 40)).toBeCloseTo(0.3, 12);
    expect(incompleteBeta(0.37, 1, 1)).toBeCloseTo(0.37, 14);
  });

  it('gives no quantile outside 0 < p < 1', () => {
    expect(fQuantile(1, 3, 6)).toBeNaN();
    expect(fQuantile(0, 3, 6)).toBeNaN();
  });
});
