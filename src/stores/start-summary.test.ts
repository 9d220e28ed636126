import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { HISTORY_KEY, PROGRESS_KEY } from './keys';
import { discardSelfCheck, loadStores, useAnsweredInSelfCheck, useResultCount } from './start-summary';

const progress = (answers: Record<string, number>) => JSON.stringify({ state: { sessions: { self: { instrumentId: 'self-check', instrumentVersion: 2, answers, index: 1, startedAt: '2026-11-01T10:00:00.000Z' } } }, version: 2 });

describe('the home page summary of stored data', () => {
  it('reads the numbers from storage before the stores are loaded, then follows the stores', async () => {
    localStorage.setItem(PROGRESS_KEY, progress({ s17: 3, s18: 4 }));
    localStorage.setItem(HISTORY_KEY, JSON.stringify({ state: { results: [] }, version: 1 }));
    const { result } = renderHook(() => ({ answered: useAnsweredInSelfCheck(), results: useResultCount() }));
    expect(result.current).toEqual({ answered: 2, results: 0 });

    const { progress: store } = await loadStores();
    act(() => store.useProgressStore.getState().answer('self', 's19', 2));
    expect(result.current.answered).toBe(3);

    await act(() => discardSelfCheck());
    await waitFor(() => expect(result.current.answered).toBe(0));
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}').state.sessions).toEqual({});
  });
});
