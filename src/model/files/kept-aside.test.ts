import { describe, expect, it } from 'vitest';
import { importableFromKeptAside } from './kept-aside';
import { parseBackupFile } from '../results/backup-file';
import { parseWorkshopFile } from '../workshop/workshop-file';
import { createJoinCode } from '../workshop/join-code';
import { realResult, selfCheckWorkshop } from '../workshop/test-workshops';

const now = new Date('2026-11-30T10:00:00Z');
const good = { id: 'a', instrumentId: 'self-check', instrumentVersion: 1, answers: { s01: 4 }, completedAt: '2026-11-01T10:00:00.000Z' };

describe('importableFromKeptAside', () => {
  it('turns a history kept aside because of one bad result into a backup the import reads, with the good results', () => {
    const raw = JSON.stringify({ state: { results: [good, { id: 'b', answers: 'broken' }] }, version: 1 });
    const [file] = importableFromKeptAside('modusspiegel:history', raw, now);
    expect(file?.fileName).toBe('modusspiegel-2026-11-30.json');
    const parsed = parseBackupFile(file?.text ?? '');
    expect(parsed).toEqual({ ok: true, results: [good], refused: 0, clientCollections: [], clientRefused: 0, conversationsRefused: 0 });
  });

  it('turns each readable workshop into a workshop file the import reads', () => {
    const code = createJoinCode(() => 0.5, { hideOwnResult: false });
    const workshop = selfCheckWorkshop(code, [realResult(code, 3)]);
    const raw = JSON.stringify({ state: { workshops: [workshop, { id: 'broken' }] }, version: 2 });
    const files = importableFromKeptAside('modusspiegel:workshops', raw, now);
    expect(files).toHaveLength(1);
    expect(parseWorkshopFile(files[0]?.text ?? '')).toEqual({ ok: true, workshop, dropped: 0, duplicates: 0 });
  });

  it('gives nothing for text that is not JSON, or for another key', () => {
    expect(importableFromKeptAside('modusspiegel:history', '{"state":', now)).toEqual([]);
    expect(importableFromKeptAside('modusspiegel:progress', JSON.stringify({ state: {} }), now)).toEqual([]);
  });
});

describe('client conversations kept aside', () => {
  it('become a backup file with the conversations that are still valid', () => {
    const good = { id: 'c1', code: '99999X', setting: 'table', scope: 'own', word: 'coach', minClients: 5, createdAt: '2026-11-30T10:00:00.000Z', results: [], shown: [] };
    const raw = JSON.stringify({ state: { collections: [good, { id: 'broken' }] }, version: 1 });
    const [file] = importableFromKeptAside('modusspiegel:clients', raw, new Date('2026-11-30T12:00:00Z'));
    expect(parseBackupFile(file?.text ?? '')).toMatchObject({ ok: true, results: [], clientCollections: [good] });
  });
});
