import { describe, expect, it } from 'vitest';
import { CLIENT_CHECK, CLIENT_MIRROR } from '../instruments/client-check';
import { ANSWER_VALUES, type AnswerValue, type Answers } from '../instruments/types';
import { seeded } from '../testing/seeded';
import { compareViews, SCALE_GAP } from './compare';

const same = (value: AnswerValue): Answers => Object.fromEntries(CLIENT_CHECK.items.map((i) => [i.id, value]));
const compare = (mirror: Answers, clients: Answers[]) => compareViews(CLIENT_MIRROR, [mirror], CLIENT_CHECK, clients);
const random = (next: () => number): Answers =>
  Object.fromEntries(CLIENT_CHECK.items.map((i) => [i.id, ANSWER_VALUES[Math.floor(next() * 5)] ?? 3]));

describe('comparing the mirror form with the clients’ view', () => {
  it('names no difference of one answer step, on any statement, for one client or many', () => {
    for (const value of [1, 2, 3, 4] as const) {
      const higher = (value + 1) as AnswerValue;
      expect(compare(same(value), [same(higher)]).gaps).toEqual([]);
      expect(compare(same(value), [same(higher), same(higher), same(higher), same(higher), same(higher)]).gaps).toEqual([]);
    }
  });

  it('offers a single client’s difference of two steps as a prompt, with its direction', () => {
    const client = { ...same(4), k04: 5 as const, k01: 2 as const };
    const result = compare({ ...same(4), k04: 3 }, [client]);
    expect(result.kind).toBe('prompts');
    expect(result.gaps).toEqual([
      { level: 'statement', itemId: 'k01', scale: 'support', gap: -2, direction: 'clientsLess' },
      { level: 'statement', itemId: 'k04', scale: 'expectations', gap: 2, direction: 'clientsMore' },
    ]);
  });

  it('shows a group’s statement only as its share of "vaak" or "altijd", and names no statement for a group', () => {
    const mirror = { ...same(3), k04: 1 as const };
    const clients = [{ ...same(3), k04: 5 as const }, { ...same(3), k04: 4 as const }, same(3), same(3), { ...same(3), k04: 2 as const }];
    const result = compare(mirror, clients);
    const k04 = result.statements.find((s) => s.itemId === 'k04');
    // Two of five said 4 or 5: 40 %, and no mean (3.4) that a sixth client would move by their answer.
    expect(k04).toMatchObject({ mirror: 1, clients: null, clientsOften: 40, mirrorOften: null });
    expect(result.gaps.filter((g) => g.level === 'statement')).toEqual([]);
  });

  it('names a scale only from 30 points, and lists scales before statements, the largest first', () => {
    // Mirror: top support and expectations; clients: plus statements "soms", minus statements "vaak".
    const mirror: Answers = Object.fromEntries(CLIENT_MIRROR.items.map((i) => [i.id, i.keying === 'plus' ? 5 : 1]));
    const client: Answers = Object.fromEntries(CLIENT_CHECK.items.map((i) => [i.id, i.keying === 'plus' ? 3 : 4]));
    const result = compare(mirror, [client, client, client, client, client]);
    expect(result.kind).toBe('findings');
    expect(result.scales).toEqual([
      { scale: 'support', mirror: 100, clients: 37.5 },
      { scale: 'expectations', mirror: 100, clients: 37.5 },
    ]);
    expect(result.gaps.map((g) => g.level)).toEqual(['scale', 'scale']);
  });

  it('lists a single client’s statement prompts after the scales, the largest first', () => {
    const mirror: Answers = Object.fromEntries(CLIENT_MIRROR.items.map((i) => [i.id, i.keying === 'plus' ? 5 : 1]));
    const client: Answers = Object.fromEntries(CLIENT_CHECK.items.map((i) => [i.id, i.keying === 'plus' ? 3 : 4]));
    const result = compare(mirror, [client]);
    expect(result.gaps.slice(0, 2).map((g) => g.level)).toEqual(['scale', 'scale']);
    const statementGaps = result.gaps.slice(2).map((g) => Math.abs(g.gap));
    expect(statementGaps).toEqual([...statementGaps].sort((a, b) => b - a));
    // Every minus statement is 3 steps away (1 → 4), every plus statement 2 (5 → 3): minus ones first.
    expect(result.gaps.slice(2, 8).every((g) => g.level === 'statement' && CLIENT_CHECK.items.find((i) => i.id === g.itemId)?.keying === 'minus')).toBe(true);
  });

  it('rarely names a scale when the mirror and five clients answer at random', () => {
    const next = seeded(2026);
    let named = 0;
    const runs = 2000;
    for (let run = 0; run < runs; run++) {
      const result = compare(random(next), Array.from({ length: 5 }, () => random(next)));
      named += result.gaps.filter((g) => g.level === 'scale').length;
    }
    // Two scales per run: a scale is named in well under one run in ten (about 6 % in theory).
    expect(named / (2 * runs)).toBeLessThan(0.1);
    expect(named).toBeGreaterThan(0);
    expect(SCALE_GAP).toBe(30);
  });

  it('gives a client at the table who answered "altijd" everywhere no statement prompts, and says so', () => {
    const mirror: Answers = Object.fromEntries(CLIENT_MIRROR.items.map((i) => [i.id, i.keying === 'plus' ? 4 : 2]));
    const result = compare(mirror, [same(5)]);
    expect(result.kind).toBe('prompts');
    expect(result.sameAnswerEverywhere).toBe(true);
    expect(result.gaps.filter((g) => g.level === 'statement')).toEqual([]);
    // One varied answer is an answer pattern again: its prompts come back.
    expect(compare(mirror, [{ ...same(5), k01: 4 }]).sameAnswerEverywhere).toBe(false);
  });
});
