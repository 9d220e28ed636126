import { describe, expect, it, vi } from 'vitest';
import { SELF_CHECK } from '../model/instruments/self-check';

// Stored by the app before workshop schema version 2: one questionnaire, a result with a name.
// The code is the format-2 example of docs/result-code.md (workshop K7MQ45, "Sam", answered
// 1, 2, 3, 4, 5, 1, …), so the result must survive with exactly these answers and no name.
const answers = Object.fromEntries(SELF_CHECK.items.map((item, i) => [item.id, (i % 5) + 1]));
const v1 = {
  id: 'w-old',
  code: 'K7MQ45',
  name: 'Team Noord',
  instrumentId: 'self-check',
  instrumentVersion: 1,
  minRespondents: 5,
  hideOwnResult: true,
  createdAt: '2026-11-01T09:00:00.000Z',
  results: [{ fingerprint: 'MS156F94E810N4N5YYCMWMXMWMMBWMR3BADGPNVTJAM', answers, name: 'Sam' }],
};

async function freshStore() {
  vi.resetModules();
  return (await import('./workshop-store')).useWorkshopStore;
}

describe('workshop store persistence', () => {
  it('migrates a version-1 workshop: the same answers, a nonce from the code, no name', async () => {
    localStorage.setItem('modusspiegel:workshops', JSON.stringify({ state: { workshops: [v1] }, version: 1 }));
    const [workshop] = (await freshStore()).getState().workshops;
    expect(workshop?.questionnaires).toEqual([{ instrumentId: 'self-check', instrumentVersion: 1 }]);
    expect(workshop?.results).toEqual([
      { fingerprint: v1.results[0]?.fingerprint, parts: { 'self-check': { answers, marks: [] } }, nonce: 0x2a5f3 },
    ]);
    expect(JSON.stringify(workshop)).not.toContain('Sam');
  });
});
