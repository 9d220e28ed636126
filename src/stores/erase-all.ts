import { ownKeys, removeRaw } from '../lib/storage';
import { LANGUAGE_STORAGE_KEY } from '../lib/i18n';
import { useHistoryStore } from './history-store';
import { useProgressStore } from './progress-store';
import { useWorkshopStore } from './workshop-store';
import { useParticipationStore } from './participation-store';
import { useClientStore } from './client-store';
import { useClientPhoneStore } from './client-phone-store';
import { forgetAllShown } from './shown-store';
import { forgetAllScriptPlans } from './script-plan-store';
import { usePersonWordStore } from './person-word-store';

/**
 * "Erase all my data": every result, unfinished questionnaire, hand-over code, workshop and
 * quarantined copy on this device. Only the language choice stays: it is a setting, not data.
 */
export function eraseAllLocalData(): void {
  useHistoryStore.getState().clear();
  useProgressStore.getState().discardAll();
  useWorkshopStore.setState({ workshops: [] });
  useParticipationStore.getState().clear();
  useClientStore.setState({ collections: [] });
  useClientPhoneStore.setState({ entries: [] });
  usePersonWordStore.getState().forget();
  for (const key of ownKeys()) if (key !== LANGUAGE_STORAGE_KEY) removeRaw(key);
  forgetAllShown();
  forgetAllScriptPlans();
}
