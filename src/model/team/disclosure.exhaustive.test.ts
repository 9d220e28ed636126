import { describe, expect, it } from 'vitest';
import { disclosedShares, MIN_PART_PEOPLE, type ThreeParts } from './disclosure';

/**
 * The attacker of issue 20, item 3: someone in the room who sees a statement's shown shares, knows
 * the rule and even knows how many answered it, and works out what is withheld by subtraction
 * ("38 % + 50 % leaves 12 %, one of eight"). For every possible split of n answers, the splits
 * that show exactly the same must leave each withheld part at least two possible values, and no
 * shown share may rest on one or two people.
 */
function everySplit(n: number): ThreeParts[] {
  const out: ThreeParts[] = [];
  for (let d = 0; d <= n; d++) for (let ne = 0; ne <= n - d; ne++) out.push([d, ne, n - d - ne]);
  return out;
}

describe('the disclosure of a statement’s split, against an attacker who subtracts', () => {
  it('leaves every withheld part at least two possible values, for every split of 3 to 40 answers', () => {
    for (let n = 3; n <= 40; n++) {
      const seen = new Map<string, ThreeParts[]>();
      for (const parts of everySplit(n)) {
        const key = JSON.stringify(disclosedShares(parts));
        seen.set(key, [...(seen.get(key) ?? []), parts]);
      }
      for (const [key, splits] of seen) {
        const shown = JSON.parse(key) as (number | null)[];
        shown.forEach((share, part) => {
          if (share !== null) return;
          const possible = new Set(splits.map((s) => s[part]));
          expect(possible.size, `n=${n}, shown ${key}, part ${part}: ${[...possible].join('/')}`).toBeGreaterThanOrEqual(2);
        });
        // What is withheld together (n − the shown parts) is nobody or at least 3 people: "50 % did not agree" is never one person.
        for (const s of splits) {
          const together = s.reduce((sum, people, part) => sum + (shown[part] === null ? people : 0), 0);
          expect(together === 0 || together >= MIN_PART_PEOPLE, `n=${n}, ${s.join('/')}`).toBe(true);
        }
      }
    }
  });

  it('never shows a share of one or two people, and shows every share when no part is that small', () => {
    for (let n = 3; n <= 40; n++) {
      for (const parts of everySplit(n)) {
        const shown = disclosedShares(parts);
        parts.forEach((people, part) => {
          if (shown[part] !== null) expect(people === 0 || people >= MIN_PART_PEOPLE, `${parts.join('/')}`).toBe(true);
        });
        if (parts.every((p) => p === 0 || p >= MIN_PART_PEOPLE)) expect(shown.every((s) => s !== null)).toBe(true);
      }
    }
  });

  it('gives a shown share that depends on its own count only when others are withheld, so rounding tells nothing', () => {
    // 3 of 7 agree in both; the withheld four are 2 + 2 or 1 + 3.
    expect(disclosedShares([2, 2, 3])[2]).toBe(disclosedShares([1, 3, 3])[2]);
  });
});
