import { describe, expect, it } from 'vitest';
import nlInstrument from '../../../locales/nl/instrument.json';
import { CLIENT_CHECK, CLIENT_CHECK_V2, CLIENT_MIRROR, CLIENT_MIRROR_V2, clientForms, CURRENT_CLIENT_FORM } from '../instruments/client-check';
import { ANSWER_VALUES, NOT_APPLICABLE, itemsOfScale, type Answer, type Answers } from '../instruments/types';
import { MIDDLE_ZONE, scaleScore, scoreAnswers } from '../scoring/score';
import { decodeResultCode, toTextCode } from '../codec/result-code';
import { findInstrument } from '../instruments/registry';
import { generateWorkshopCode } from '../codec/workshop-code';
import { PROFESSIONAL_WORDS } from './collection';

const insideMiddle = (score: number) => Math.abs(score - MIDDLE_ZONE.centre) < MIDDLE_ZONE.halfWidth;

describe('the client questionnaire', () => {
  it('has 3 statements pointing up and 3 pointing down on each scale, and the mirror form has the same statements', () => {
    for (const scale of ['support', 'expectations']) {
      const items = itemsOfScale(CLIENT_CHECK, scale);
      expect(items.filter((i) => i.keying === 'plus')).toHaveLength(3);
      expect(items.filter((i) => i.keying === 'minus')).toHaveLength(3);
    }
    expect(CLIENT_MIRROR.items).toEqual(CLIENT_CHECK.items);
    expect(CLIENT_MIRROR.answerScale).toEqual(CLIENT_CHECK.answerScale);
  });

  it('reads short: at most 12 words per statement in Dutch with the longest word for the professional, and no negations', () => {
    const longest = [...PROFESSIONAL_WORDS].sort((a, b) => b.length - a.length)[0] ?? '';
    const texts = [...Object.values(nlInstrument.clientCheck.items), ...Object.values(nlInstrument.clientMirror.items)];
    // Version 1's twelve, and version 2's two new statements, in both forms.
    expect(texts).toHaveLength(28);
    for (const text of texts) {
      const filled = text.replace('{{word}}', longest);
      expect(filled.split(/\s+/).length, filled).toBeLessThanOrEqual(12);
      expect(filled, filled).not.toMatch(/\b(niet|geen|nooit|nergens|niemand)\b/i);
    }
  });

  it('acquiescence cancels: one answer everywhere, with any skips the rule allows, stays exactly in the middle', () => {
    let scored = 0;
    for (const scale of ['support', 'expectations']) {
      const own = itemsOfScale(CLIENT_CHECK, scale);
      for (let mask = 0; mask < 2 ** own.length; mask++) {
        for (const gap of ['skip', NOT_APPLICABLE] as const) {
          for (const value of ANSWER_VALUES) {
            const answers: Record<string, Answer> = {};
            own.forEach((item, i) => {
              if ((mask >> i) & 1) answers[item.id] = value;
              else if (gap === NOT_APPLICABLE) answers[item.id] = NOT_APPLICABLE;
            });
            const { score } = scaleScore(CLIENT_CHECK, answers, scale);
            if (score === null) continue;
            scored += 1;
            expect(insideMiddle(score), `${scale} mask ${mask} value ${value}`).toBe(true);
            expect(score).toBe(50);
          }
        }
      }
    }
    // 3 + 3 statements, one "weet ik niet" of each kind allowed: 4 answered sets of 2+2, 2+3 (×2 each way)…
    expect(scored).toBeGreaterThan(0);
  });

  it('allows one "weet ik niet" of each kind per scale, not two of one kind', () => {
    const all5: Record<string, Answer> = Object.fromEntries(CLIENT_CHECK.items.map((i) => [i.id, 4]));
    const support = itemsOfScale(CLIENT_CHECK, 'support');
    const plus = support.filter((i) => i.keying === 'plus');
    const minus = support.filter((i) => i.keying === 'minus');
    const oneOfEach: Answers = { ...all5, [plus[0]!.id]: NOT_APPLICABLE, [minus[0]!.id]: NOT_APPLICABLE };
    expect(scaleScore(CLIENT_CHECK, oneOfEach, 'support').score).not.toBeNull();
    const twoPlus: Answers = { ...all5, [plus[0]!.id]: NOT_APPLICABLE, [plus[1]!.id]: NOT_APPLICABLE };
    expect(scaleScore(CLIENT_CHECK, twoPlus, 'support').score).toBeNull();
  });

  it('places a client who experiences listening and being asked to do things in MET', () => {
    const answers: Answers = Object.fromEntries(CLIENT_CHECK.items.map((i) => [i.id, i.keying === 'plus' ? 5 : 1]));
    const score = scoreAnswers(CLIENT_CHECK, answers);
    expect(score.placement).toBe('MET');
    expect(score.point).toEqual({ support: 100, expectations: 100 });
  });

  it('travels in a result code with "weet ik niet" answers', () => {
    const answers: Answers = { k01: 5, k02: NOT_APPLICABLE, k03: 1, k04: 2 };
    const code = toTextCode({ workshopCode: generateWorkshopCode(() => 0.5), nonce: 7, questionnaires: [{ instrument: CLIENT_CHECK, answers }] });
    const decoded = decodeResultCode(code, { findInstrument });
    expect(decoded.questionnaires).toEqual([{ instrumentId: 'client-check', instrumentVersion: 1, answers, marks: [] }]);
  });
});

describe('client form version 2', () => {
  const v1 = clientForms(1);
  const v2 = clientForms(2);

  it('is what a new conversation uses', () => {
    expect(CURRENT_CLIENT_FORM).toBe(2);
    expect(v2).toEqual({ check: CLIENT_CHECK_V2, mirror: CLIENT_MIRROR_V2 });
    expect(v1).toEqual({ check: CLIENT_CHECK, mirror: CLIENT_MIRROR });
  });

  it('replaces statements 6 and 10 by new ones on the same scale, with the same keying, and keeps the other ten', () => {
    const changed = CLIENT_CHECK_V2.items.flatMap((item, i) => (item.id === CLIENT_CHECK.items[i]?.id ? [] : [[i + 1, CLIENT_CHECK.items[i]?.id, item.id]]));
    expect(changed).toEqual([
      [6, 'k06', 'k13'],
      [10, 'k10', 'k14'],
    ]);
    CLIENT_CHECK_V2.items.forEach((item, i) => {
      expect({ scale: item.scale, keying: item.keying }).toEqual({ scale: CLIENT_CHECK.items[i]?.scale, keying: CLIENT_CHECK.items[i]?.keying });
    });
    expect(CLIENT_CHECK_V2.scales).toEqual(CLIENT_CHECK.scales);
    expect(CLIENT_MIRROR_V2.items).toEqual(CLIENT_CHECK_V2.items);
  });

  it('keeps 3 up and 3 down per scale, and every first 8 statements balanced', () => {
    for (const scale of ['support', 'expectations']) {
      const items = itemsOfScale(CLIENT_CHECK_V2, scale);
      expect(items.filter((i) => i.keying === 'plus')).toHaveLength(3);
      expect(items.filter((i) => i.keying === 'minus')).toHaveLength(3);
      const first8 = CLIENT_CHECK_V2.items.slice(0, 8).filter((i) => i.scale === scale);
      expect(first8.filter((i) => i.keying === 'plus')).toHaveLength(2);
      expect(first8.filter((i) => i.keying === 'minus')).toHaveLength(2);
    }
  });

  it('writes the new statements plainly: no idiom of crossing lines or holding to, present tense, at most 12 words', () => {
    const longest = [...PROFESSIONAL_WORDS].sort((a, b) => b.length - a.length)[0] ?? '';
    for (const id of ['k13', 'k14'] as const) {
      for (const text of [nlInstrument.clientCheck.items[id], nlInstrument.clientMirror.items[id]]) {
        const filled = text.replace('{{word}}', longest);
        expect(filled.split(/\s+/).length, filled).toBeLessThanOrEqual(12);
        expect(filled, filled).not.toMatch(/grens|spreekt .* aan|houdt .* aan|houd .* aan|\bniet\b/i);
      }
    }
  });

  it('scores one answer everywhere in the middle, and the top of every keying as MET', () => {
    for (const value of ANSWER_VALUES) {
      const same: Answers = Object.fromEntries(CLIENT_CHECK_V2.items.map((i) => [i.id, value]));
      expect(scoreAnswers(CLIENT_CHECK_V2, same).point).toEqual({ support: 50, expectations: 50 });
    }
    const top: Answers = Object.fromEntries(CLIENT_CHECK_V2.items.map((i) => [i.id, i.keying === 'plus' ? 5 : 1]));
    expect(scoreAnswers(CLIENT_CHECK_V2, top).placement).toBe('MET');
  });

  it('travels in a code under the same questionnaire number with version 2, and a code tells the versions apart', () => {
    const answers: Answers = Object.fromEntries(CLIENT_CHECK_V2.items.map((i) => [i.id, 4]));
    const workshopCode = generateWorkshopCode(() => 0.5);
    const code = toTextCode({ workshopCode, nonce: 7, questionnaires: [{ instrument: CLIENT_CHECK_V2, answers }] });
    const decoded = decodeResultCode(code, { findInstrument });
    expect(decoded.questionnaires).toEqual([{ instrumentId: 'client-check', instrumentVersion: 2, answers, marks: [] }]);
    const mirror = toTextCode({ workshopCode, nonce: 8, questionnaires: [{ instrument: CLIENT_MIRROR_V2, answers }] });
    expect(decodeResultCode(mirror, { findInstrument }).questionnaires[0]).toMatchObject({ instrumentId: 'client-mirror', instrumentVersion: 2 });
    // The same answers to the ten shared statements make another code in version 1.
    const shared = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== 'k13' && id !== 'k14'));
    const old = toTextCode({ workshopCode, nonce: 7, questionnaires: [{ instrument: CLIENT_CHECK, answers: shared }] });
    expect(old).not.toBe(code);
    expect(decodeResultCode(old, { findInstrument }).questionnaires[0]?.instrumentVersion).toBe(1);
  });
});
