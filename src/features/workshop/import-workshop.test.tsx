import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ImportWorkshop } from './import-workshop';
import { setTestLanguage } from '../../testing/render';
import { useWorkshopStore } from '../../stores/workshop-store';
import * as download from '../../lib/download';
import { createJoinCode } from '../../model/workshop/join-code';
import { MAX_WORKSHOP_RESULTS, type WorkshopResult } from '../../model/workshop/workshop';
import { toWorkshopFile } from '../../model/workshop/workshop-file';
import { realResult, selfCheckWorkshop } from '../../model/workshop/test-workshops';
import type { AnswerValue } from '../../model/instruments/types';

/** Issue 18: what opening a workshop file says must match what was stored, and name the limit. */

const code = createJoinCode(() => 0.45, { hideOwnResult: false });
const results = (from: number, count: number): WorkshopResult[] => Array.from({ length: count }, (_, i) => realResult(code, (((from + i) % 5) + 1) as AnswerValue, from + i));
const fileOf = (name: string, list: readonly WorkshopResult[]) =>
  new File([toWorkshopFile(selfCheckWorkshop(code, list, { id: 'from-file', name }), new Date('2026-12-03T10:00:00Z'))], 'workshop.json', { type: 'application/json' });

async function open(file: File, lng: 'nl' | 'en' = 'nl') {
  await setTestLanguage(lng);
  const user = userEvent.setup();
  const view = render(<ImportWorkshop />);
  await user.upload(view.container.querySelector('input[type="file"]') as HTMLInputElement, file);
  return { user, status: screen.getByRole('status') };
}

const many = results(0, MAX_WORKSHOP_RESULTS + 16);

beforeEach(() => useWorkshopStore.setState({ workshops: [] }));

describe('opening a workshop file', () => {
  it('merging 16 new results into a workshop at 5,000 names the limit and says nothing changed', async () => {
    useWorkshopStore.setState({ workshops: [selfCheckWorkshop(code, many.slice(0, MAX_WORKSHOP_RESULTS), { name: 'Team Noord' })] });
    const { status } = await open(fileOf('Team Noord', many.slice(MAX_WORKSHOP_RESULTS)));
    expect(await screen.findByText(/passen er niet meer bij/)).toBe(status);
    expect(status).toHaveTextContent('Workshop “Team Noord” stond er al. De 16 nieuwe resultaten uit het bestand passen er niet meer bij: een workshop houdt hoogstens 5.000 resultaten. Er is niets veranderd.');
    expect(useWorkshopStore.getState().workshops[0]?.results).toHaveLength(MAX_WORKSHOP_RESULTS);
  });

  it.each([
    ['nl', 'In dit bestand staan meer resultaten dan in één workshop passen. Een workshop houdt hoogstens 5.000 resultaten. Er is niets veranderd.'],
    ['en', 'This file holds more results than one workshop can. A workshop holds at most 5,000 results. Nothing was changed.'],
  ] as const)('a file of 5,001 results is too big, and says the limit (%s)', async (lng, text) => {
    const { status } = await open(fileOf('Groot', many.slice(0, MAX_WORKSHOP_RESULTS + 1)), lng);
    expect(await screen.findByText(text)).toBe(status);
    expect(useWorkshopStore.getState().workshops).toEqual([]);
  });

  it('counts results that are in the file twice as duplicates, and names the workshop as it is here', async () => {
    const [one, two, three] = results(0, 3);
    if (!one || !two || !three) throw new Error('no results');
    useWorkshopStore.setState({ workshops: [selfCheckWorkshop(code, [one], { name: 'Team Noord, zoals hier' })] });
    const { status } = await open(fileOf('Naam in het bestand', [one, two, two, three, three]));
    expect(await screen.findByText(/stond er al/)).toBe(status);
    expect(status).toHaveTextContent('Workshop “Team Noord, zoals hier” stond er al. Nieuw toegevoegd: 2. Al aanwezig: 1. Dubbel in het bestand, en daarom één keer geteld: 2.');
    expect(status).not.toHaveTextContent('Overgeslagen');
    expect(status).not.toHaveTextContent('Naam in het bestand');
  });

  it('a workshop storage could not keep: says so on the spot, and offers it as a file', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const save = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    const { user, status } = await open(fileOf('Team Zuid', results(0, 3)));
    expect(await screen.findByText(/niet bewaren/)).toBe(status);
    expect(status).toHaveTextContent('De app kon workshop “Team Zuid” niet bewaren: de opslag van dit apparaat is vol. De workshop staat alleen in deze pagina.');
    await user.click(screen.getByRole('button', { name: 'Bewaar de workshop als bestand' }));
    expect(save.mock.calls[0]?.[1]).toContain('"name": "Team Zuid"');
    expect((JSON.parse(save.mock.calls[0]?.[1] ?? '{}') as { workshop: { results: unknown[] } }).workshop.results).toHaveLength(3);
  });
});
