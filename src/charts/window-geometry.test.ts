import { describe, expect, it } from 'vitest';
import { ellipsePolyline, QUADRANTS } from './window-geometry';

describe('QUADRANTS', () => {
  it('tiles the window exactly once with the four modes', () => {
    const area = QUADRANTS.reduce((sum, q) => sum + (q.x2 - q.x1) * (q.y2 - q.y1), 0);
    expect(area).toBe(100 * 100);
    expect(new Set(QUADRANTS.map((q) => q.mode)).size).toBe(4);
  });

  it('puts DOOR at high expectations and low support, VOOR at the opposite corner', () => {
    const door = QUADRANTS.find((q) => q.mode === 'DOOR');
    const voor = QUADRANTS.find((q) => q.mode === 'VOOR');
    expect(door).toMatchObject({ x1: 0, y2: 100 });
    expect(voor).toMatchObject({ x2: 100, y1: 0 });
  });
});

describe('ellipsePolyline', () => {
  it('closes the ring and keeps every point at the ellipse radius', () => {
    const e = { centre: { support: 50, expectations: 50 }, rx: 20, ry: 10, angle: 0 };
    const pts = ellipsePolyline(e, 8);
    expect(pts[0]).toEqual(pts[pts.length - 1]);
    expect(pts[0]).toEqual({ support: 70, expectations: 50 });
    expect(pts[2]?.support).toBeCloseTo(50);
    expect(pts[2]?.expectations).toBeCloseTo(60);
  });

  it('rotates by the angle', () => {
    const pts = ellipsePolyline({ centre: { support: 50, expectations: 50 }, rx: 10, ry: 0, angle: 90 }, 4);
    expect(pts[0]?.support).toBeCloseTo(50);
    expect(pts[0]?.expectations).toBeCloseTo(60);
  });

  it('stays inside the window', () => {
    const pts = ellipsePolyline({ centre: { support: 95, expectations: 5 }, rx: 30, ry: 30, angle: 10 });
    for (const p of pts) {
      expect(p.support).toBeGreaterThanOrEqual(0);
      expect(p.support).toBeLessThanOrEqual(100);
      expect(p.expectations).toBeGreaterThanOrEqual(0);
      expect(p.expectations).toBeLessThanOrEqual(100);
    }
  });
});
