import { syncAcrossTabs } from './sync-tabs';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createSafeStorage, restoreEachOf } from '../lib/storage';
import { lockedWrite, type LockedOutcome, type PersistedStore } from '../lib/locked-write';
import { findInstrument } from '../model/instruments/registry';
import { workshopFromVersion1 } from '../model/workshop/migrate-workshop';
import { restoreWorkshop } from '../model/workshop/restore-workshop';
import { sortIntake, type IntakeEntry } from '../model/workshop/intake';
import { addingResults, changing, type Touch } from '../model/workshop/unsaved';
import { createUnsavedJournal } from './unsaved-journal';
import { MAX_WORKSHOP_RESULTS, normaliseMinRespondents, sameSetup, workshopSchema, MAX_ACTIONS, type WantedPoint, type Workshop, type WorkshopAction, type WorkshopResult } from '../model/workshop/workshop';
import { addResults, mergeRetired, retiredFits, withWithdrawals } from '../model/workshop/result-set';
import type { ResultChain } from '../model/codec/payload';
import type { TeamReport } from '../model/team-report/types';
import { keepOnlyReport } from '../model/workshop/keep-only-report';
import { linkSameTeam } from '../model/workshop/same-team';
import { withReportIds } from '../model/workshop/report-link';
import { newReportId } from '../model/team-report/report-id';
import { secureRandom } from '../lib/random';

/** The facilitator's workshops on this device. */
type Persisted = { workshops: Workshop[] };

export interface TakeInOutcome {
  readonly added: number;
  readonly duplicates: number;
  readonly replaced: number;
  /** Earlier results of a phone whose newer result already counts. */
  readonly superseded: number;
  /** Nothing was added: the workshop would hold more than MAX_WORKSHOP_RESULTS. */
  readonly full: boolean;
  /** The workshop is no longer on this device (deleted in another tab): nothing was added. */
  readonly missing?: boolean;
  /** The workshop is a demo team (made-up results): it takes no real results in. */
  readonly demo?: boolean;
  /** The workshop keeps only its team report (decision 80): it takes no results in. */
  readonly closed?: boolean;
}

export interface ImportOutcome {
  /** merged: same workshop code, questionnaires and settings; separate: an id or code clash kept apart. */
  readonly kind: 'new' | 'merged' | 'separate';
  /** The workshop as it is on this device now: merged into one already here, it keeps that one's id and name. */
  readonly id: string;
  readonly name: string;
  readonly added: number;
  readonly duplicates: number;
  readonly replaced: number;
  readonly superseded: number;
  /** Nothing was merged: the workshop would hold more than MAX_WORKSHOP_RESULTS. */
  readonly full: boolean;
  /** When full: how many results of the file were new. */
  readonly wouldAdd: number;
}

/** Code offered to a workshop's intake: as typed or scanned, or a file's name, with what decoding made of it. */
export type IntakeCandidate = Parameters<typeof sortIntake>[1][number];

export interface IntakeOutcome {
  /** One line per candidate, as this write took them in (or refused them). */
  readonly entries: readonly IntakeEntry[];
  readonly accepted: readonly WorkshopResult[];
  /** The withdrawal codes this write took in (decision 79): kept with what is retired. */
  readonly withdrawals: readonly ResultChain[];
  /** The workshop is no longer on this device (deleted in another tab): nothing was added. */
  readonly missing?: boolean;
}

interface WorkshopState {
  workshops: Workshop[];
  create: (workshop: Workshop) => Promise<LockedOutcome<void>>;
  rename: (id: string, name: string) => Promise<LockedOutcome<void>>;
  setMinRespondents: (id: string, value: number) => Promise<LockedOutcome<void>>;
  remove: (id: string) => Promise<LockedOutcome<void>>;
  /**
   * Takes results in, counting each once, as one read–change–write that cannot interleave with
   * another tab's. `written` is false when storage refused the write: then say so, never "added".
   */
  takeIn: (id: string, incoming: readonly WorkshopResult[]) => Promise<LockedOutcome<TakeInOutcome>>;
  /** The intake's codes and files, sorted and taken in by one locked write: the lines say what that write did. */
  intake: (id: string, candidates: readonly IntakeCandidate[]) => Promise<LockedOutcome<IntakeOutcome>>;
  /** Where the team wants to be in the window (undefined clears it). */
  setWanted: (id: string, wanted: WantedPoint | undefined) => Promise<LockedOutcome<void>>;
  /** The team's agreed actions, replacing the list (bounded by MAX_ACTIONS). */
  setActions: (id: string, actions: readonly WorkshopAction[]) => Promise<LockedOutcome<void>>;
  /** Keeps the team report in place of every result (decision 80): the answers are gone for good. */
  keepOnlyReport: (id: string, report: TeamReport) => Promise<LockedOutcome<void>>;
  /**
   * Links the workshop to an earlier one of the same team (undefined removes the link). `value` is
   * false when that workshop may not be linked (same-team.ts) or is gone: nothing changed then.
   */
  setSameTeamAs: (id: string, earlierId: string | undefined) => Promise<LockedOutcome<boolean>>;
  /**
   * Gives each named workshop its team report's random id when it has none (decision 95): made
   * when a report is first saved or put in the overview, then kept.
   */
  giveReportIds: (ids: readonly string[]) => Promise<LockedOutcome<void>>;
  /** Adds an imported workshop, or merges its results into the same workshop already here. */
  importWorkshop: (workshop: Workshop, newId: () => string) => Promise<LockedOutcome<ImportOutcome>>;
}

const clampScore = (value: number) => (Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 50);

export const WORKSHOPS_KEY = 'modusspiegel:workshops';
const VERSION = 2;

/**
 * Each workshop is validated on its own: one damaged or oversized workshop is kept aside by
 * dropping it from the list read, so it never takes the other workshops with it.
 */
const restore = restoreEachOf(WORKSHOPS_KEY, 'workshops', VERSION, workshopSchema);

/**
 * Version 1 kept one questionnaire per workshop and results with answers and an optional name.
 * Version 2 keeps a list of questionnaires, one part per questionnaire in each result, and no
 * names (docs/privacy.md): each workshop is reshaped, then rebuilt from its result codes
 * (restoreWorkshop), which also gives every result its nonce. A workshop that cannot be restored
 * is kept in its old shape, so the schema refuses it and it is not trusted.
 */
function migrate(state: unknown, from: number): unknown {
  if (from !== 1) throw new Error(`no migration from version ${from}`);
  const workshops = (state as { workshops?: unknown } | null)?.workshops;
  if (!Array.isArray(workshops)) return state;
  return {
    workshops: workshops.map((raw: unknown) => {
      const reshaped = workshopSchema.safeParse(workshopFromVersion1(raw));
      if (!reshaped.success) return raw;
      return restoreWorkshop(reshaped.data, findInstrument)?.workshop ?? raw;
    }),
  };
}

const unsaved = createUnsavedJournal<Workshop>();
/** Whether this workshop holds changes that this tab could not store (full storage): say so, offer the file. */
export const useUnsavedWorkshop = unsaved.useUnsaved;
export const unsavedWorkshop = unsaved.state;

export const useWorkshopStore = create<WorkshopState>()(
  persist<WorkshopState, [], [], Persisted>(
    (set, get, api) => {
      const update = (id: string, change: (w: Workshop) => Workshop): void => {
        set({ workshops: get().workshops.map((w) => (w.id === id ? change(w) : w)) });
      };
      // `api.persist` is in place by the time any action runs (the middleware adds it after this).
      // `touched` says how to make the change again if storage refuses it (src/model/workshop/unsaved.ts).
      const locked = <T,>(change: () => T, touched: (value: T) => readonly Touch<Workshop>[]): Promise<LockedOutcome<T>> =>
        lockedWrite(api as unknown as PersistedStore, change, unsaved.keeper(touched));
      const changeOne = (id: string, change: (w: Workshop) => Workshop) =>
        locked(
          (): void => update(id, change),
          () => [{ id, replay: changing(change) }],
        );
      const resultsAdded = (id: string, results: readonly WorkshopResult[], withdrawals: readonly ResultChain[] = []): Touch<Workshop>[] =>
        results.length + withdrawals.length > 0 ? [{ id, replay: addingResults(results, withWithdrawals(undefined, withdrawals)) }] : [];
      return {
        workshops: [],
        create: (workshop) =>
          locked(
            (): void => {
              set({ workshops: [workshop, ...get().workshops] });
            },
            () => [{ id: workshop.id, created: true, replay: (w) => w ?? workshop }],
          ),
        rename: (id, name) => changeOne(id, (w) => ({ ...w, name })),
        setMinRespondents: (id, value) => changeOne(id, (w) => ({ ...w, minRespondents: normaliseMinRespondents(value) })),
        remove: (id) =>
          locked(
            (): void => {
              set({ workshops: get().workshops.filter((w) => w.id !== id) });
            },
            () => [{ id, replay: () => undefined }],
          ),
        takeIn: (id, incoming) =>
          locked(
            (): TakeInOutcome => {
              const workshop = get().workshops.find((w) => w.id === id);
              if (!workshop) return { added: 0, duplicates: 0, replaced: 0, superseded: 0, full: false, missing: true };
              if (workshop.demo === true) return { added: 0, duplicates: 0, replaced: 0, superseded: 0, full: false, demo: true };
              if (workshop.keptReport) return { added: 0, duplicates: 0, replaced: 0, superseded: 0, full: false, closed: true };
              const outcome = addResults(workshop.results, incoming, workshop.retired);
              if (outcome.results.length > MAX_WORKSHOP_RESULTS || !retiredFits(outcome.retired)) return { added: 0, duplicates: outcome.duplicates, replaced: 0, superseded: 0, full: true };
              // A superseded result changes the workshop too: it retires the earlier link it names.
              if (outcome.added + outcome.superseded > 0) update(id, (w) => ({ ...w, results: outcome.results, retired: outcome.retired }));
              return { added: outcome.added, duplicates: outcome.duplicates, replaced: outcome.replaced, superseded: outcome.superseded, full: false };
            },
            (outcome) => resultsAdded(id, outcome.added + outcome.superseded > 0 ? incoming : []),
          ),
        intake: (id, candidates) =>
          locked(
            (): IntakeOutcome => {
              const workshop = get().workshops.find((w) => w.id === id);
              if (!workshop) return { entries: [], accepted: [], withdrawals: [], missing: true };
              if (workshop.demo === true || workshop.keptReport) return { entries: [], accepted: [], withdrawals: [] };
              // Sorted against the workshop as stored at this moment, under the lock: each tab
              // reports what its own write added, never what another tab added a moment before.
              const sorted = sortIntake(workshop, candidates);
              if (sorted.accepted.length + sorted.withdrawals.length === 0) return sorted;
              const outcome = addResults(workshop.results, sorted.accepted, withWithdrawals(workshop.retired, sorted.withdrawals));
              if (!retiredFits(outcome.retired)) {
                const entries = sorted.entries.map((e): IntakeEntry => (e.status.kind === 'added' || e.status.kind === 'replaced' ? { ...e, status: { kind: 'full' } } : e));
                return { entries, accepted: [], withdrawals: [] };
              }
              update(id, (w) => ({ ...w, results: outcome.results, retired: outcome.retired }));
              return sorted;
            },
            (outcome) => resultsAdded(id, outcome.accepted, outcome.withdrawals),
          ),
        setWanted: (id, wanted) =>
          changeOne(id, ({ wanted: _old, ...w }) => (wanted ? { ...w, wanted: { support: clampScore(wanted.support), expectations: clampScore(wanted.expectations) } } : w)),
        setActions: (id, actions) => changeOne(id, (w) => ({ ...w, actions: actions.slice(0, MAX_ACTIONS) })),
        keepOnlyReport: (id, report) => changeOne(id, (w) => keepOnlyReport(w, report)),
        setSameTeamAs: (id, earlierId) => {
          const relink = (w: Workshop) => linkSameTeam(get().workshops, w, earlierId);
          return locked(
            (): boolean => {
              const workshop = get().workshops.find((w) => w.id === id);
              const linked = workshop && relink(workshop);
              if (linked) update(id, () => linked);
              return Boolean(linked);
            },
            (ok) => (ok ? [{ id, replay: changing((w: Workshop) => relink(w) ?? w) }] : []),
          );
        },
        giveReportIds: (ids) => {
          // Under the lock the store is read again: an id another tab made a moment ago is kept.
          const give = (all: readonly Workshop[]) => withReportIds(all, ids, () => newReportId(secureRandom));
          return locked(
            (): void => {
              if (ids.length > 0) set({ workshops: give(get().workshops) });
            },
            () => ids.map((id) => ({ id, replay: changing((w: Workshop) => give([w])[0] ?? w) })),
          );
        },
        importWorkshop: (workshop, newId) =>
          locked(
            (): ImportOutcome => {
              const all = get().workshops;
              const same = all.find((w) => sameSetup(w, workshop));
              if (same) {
                // The file's retired links first, then its results: what the file knows was replaced stays out here too.
                const outcome = addResults(same.results, workshop.results, mergeRetired(same.retired, workshop.retired));
                const merged = { kind: 'merged', id: same.id, name: same.name, duplicates: outcome.duplicates } as const;
                if (outcome.results.length > MAX_WORKSHOP_RESULTS || !retiredFits(outcome.retired)) return { ...merged, added: 0, replaced: 0, superseded: 0, full: true, wouldAdd: outcome.added };
                // The report id of the workshop here stays; one it lacks comes from the file (the same report).
                update(same.id, (w) => ({ ...w, results: outcome.results, retired: outcome.retired, ...(w.reportId === undefined && workshop.reportId !== undefined ? { reportId: workshop.reportId } : {}) }));
                return { ...merged, added: outcome.added, replaced: outcome.replaced, superseded: outcome.superseded, full: false, wouldAdd: 0 };
              }
              // Another workshop with this id (or this code but other questionnaires or settings):
              // never mix their results; keep the file's workshop apart under a new id.
              const clash = all.some((w) => w.id === workshop.id || w.code === workshop.code);
              const kept = clash ? { ...workshop, id: newId() } : workshop;
              set({ workshops: [kept, ...all] });
              return { kind: clash ? 'separate' : 'new', id: kept.id, name: kept.name, added: kept.results.length, duplicates: 0, replaced: 0, superseded: 0, full: false, wouldAdd: 0 };
            },
            (outcome): Touch<Workshop>[] => {
              if (outcome.kind === 'merged') {
                return outcome.full ? [] : [{ id: outcome.id, replay: addingResults<Workshop>(workshop.results, workshop.retired) }];
              }
              const kept = get().workshops.find((w) => w.id === outcome.id);
              return kept ? [{ id: kept.id, created: true, replay: (w) => (w ? addingResults<Workshop>(kept.results, kept.retired)(w) : kept) }] : [];
            },
          ),
      };
    },
    {
      name: WORKSHOPS_KEY,
      version: VERSION,
      storage: createSafeStorage<Persisted>({ version: VERSION, migrate, restore, onStored: unsaved.stored }),
      partialize: (s) => ({ workshops: s.workshops }),
      // Every read of storage (another tab wrote, or a locked write begins) keeps what this tab
      // could not store: the default merge would put the stored list in its place.
      merge: (persisted, current) => (persisted ? { ...current, workshops: unsaved.merge((persisted as Persisted).workshops) } : current),
    },
  ),
);
syncAcrossTabs(WORKSHOPS_KEY, useWorkshopStore);

export function useWorkshop(id: string | undefined): Workshop | undefined {
  return useWorkshopStore((s) => s.workshops.find((w) => w.id === id));
}
