import { useNavigate } from 'react-router';
import type { Answers, Instrument } from '../../model/instruments/types';
import { useHistoryStore } from '../../stores/history-store';
import { requestPersistentStorage } from '../../lib/storage';

/**
 * What a finished questionnaire of one's own does, the self-check and the climate alike: keep it in
 * the history and open its result. A result that storage refused is still shown, with a warning
 * and a file to keep it.
 */
export function useKeepInHistory(instrument: Instrument): (answers: Answers) => Promise<void> {
  const navigate = useNavigate();
  const addResult = useHistoryStore((s) => s.add);
  return async (answers) => {
    const id = crypto.randomUUID();
    const { written } = await addResult({ id, instrumentId: instrument.id, instrumentVersion: instrument.version, answers, completedAt: new Date().toISOString() });
    void requestPersistentStorage();
    void navigate(`/result/${id}`, { replace: true, state: { unsaved: !written } });
  };
}
