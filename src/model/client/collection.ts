import { z } from 'zod/mini';
import type { Answers, Instrument } from '../instruments/types';
import { toQrPayload, tryDecodeResultCode } from '../codec/result-code';
import { CLIENT_CHECK, CLIENT_MIRROR, clientForms, CLIENT_FORM_VERSIONS, CURRENT_CLIENT_FORM, type ClientFormVersion } from '../instruments/client-check';
import { clampMinRespondents, DEFAULT_MIN_RESPONDENTS } from '../team/anonymity';
import { resultFromDecoded } from '../workshop/intake';
import { updateChange, type UpdateChange } from '../workshop/shown-update';
import { collectResults } from '../team/respondents';
import { retiredSchema, workshopResultSchema, type Retired, type Workshop, type WorkshopResult } from '../workshop/workshop';

/**
 * A set of client views that a professional compares with a mirror form (docs/client.md).
 * - `table`: one client at the table, answering on the professional's device or on their own
 *   phone; both look at the comparison together, so it is shown at once.
 * - `collected`: several clients hand in codes over days; their view is shown only from
 *   `minClients` complete results, only as aggregates, and only as of the moment the
 *   professional last chose to update it (`shown`), never live as each code arrives.
 * `scope` says whose mirror form is compared: the professional's own, or a team's (mirror forms
 * handed in as codes, shown under the same minimum).
 *
 * A collection is workshop-shaped on purpose: results are result codes of format 3 bound to the
 * collection's `code`, so intake, replacement and duplicates follow the workshop's rules
 * (`asWorkshop`). Results carry no name, no label and no time of arrival.
 */
export type ClientSetting = 'table' | 'collected';
export type MirrorScope = 'own' | 'team';

/**
 * The word clients use for the professional, chosen when the questionnaire starts. "verzorgende"
 * is for care of older people (decision 85): before it, that field had no word of its own.
 */
export const PROFESSIONAL_WORDS = ['begeleider', 'hulpverlener', 'coach', 'mentor', 'wijkteam', 'jongerenwerker', 'verzorgende'] as const;
export type ProfessionalWord = (typeof PROFESSIONAL_WORDS)[number];

export function isProfessionalWord(value: unknown): value is ProfessionalWord {
  return typeof value === 'string' && (PROFESSIONAL_WORDS as readonly string[]).includes(value);
}

export interface ClientCollection {
  readonly id: string;
  readonly code: string;
  readonly setting: ClientSetting;
  readonly scope: MirrorScope;
  readonly word: ProfessionalWord;
  readonly minClients: number;
  readonly createdAt: string;
  /**
   * The client form's version, for every result of this conversation (decision 88). Absent in
   * conversations stored before version 2 existed: those are version 1 (`formVersionOf`).
   */
  readonly formVersion?: ClientFormVersion;
  /** Client views (part `client-check`) and mirror forms (part `client-mirror`), sorted by fingerprint. */
  readonly results: readonly WorkshopResult[];
  /**
   * Fingerprints of the client views in the comparison the professional last chose to see. A view
   * deleted since stays here, its code being its answers, until the next update (decision 73).
   */
  readonly shown: readonly string[];
  /** What no longer counts (result-set.ts): a client's earlier view stays out when it arrives late. */
  readonly retired?: Retired;
}

export const MAX_COLLECTION_RESULTS = 2000;

export const clientCollectionSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(80)),
  code: z.string().check(z.minLength(1), z.maxLength(20)),
  setting: z.enum(['table', 'collected']),
  scope: z.enum(['own', 'team']),
  word: z.enum(PROFESSIONAL_WORDS),
  minClients: z.int().check(z.gte(3), z.lte(1000)),
  createdAt: z.string(),
  formVersion: z.optional(z.union(CLIENT_FORM_VERSIONS.map((v) => z.literal(v)))),
  results: z.array(workshopResultSchema).check(z.maxLength(MAX_COLLECTION_RESULTS)),
  shown: z.array(z.string().check(z.maxLength(400))).check(z.maxLength(MAX_COLLECTION_RESULTS)),
  retired: z.optional(retiredSchema),
});

export function normaliseMinClients(value: number): number {
  return Number.isFinite(value) ? Math.min(1000, clampMinRespondents(value)) : DEFAULT_MIN_RESPONDENTS;
}

/** The form version of a conversation: version 1 for one stored before version 2 existed. */
export function formVersionOf(collection: Pick<ClientCollection, 'formVersion'>): ClientFormVersion {
  return collection.formVersion ?? 1;
}

/** The client's form and the mirror form this conversation holds. */
export function formsOf(collection: Pick<ClientCollection, 'formVersion'>) {
  return clientForms(formVersionOf(collection));
}

/**
 * The collection as a workshop with the two questionnaires of its form version, for the
 * workshop's intake rules: a code of the other version is refused as another questionnaire's.
 */
export function asWorkshop(collection: ClientCollection): Workshop {
  const { check, mirror } = formsOf(collection);
  return {
    id: collection.id,
    code: collection.code,
    name: '',
    questionnaires: [
      { instrumentId: check.id, instrumentVersion: check.version },
      { instrumentId: mirror.id, instrumentVersion: mirror.version },
    ],
    minRespondents: collection.minClients,
    hideOwnResult: false,
    createdAt: collection.createdAt,
    results: collection.results,
    ...(collection.retired ? { retired: collection.retired } : {}),
  };
}

const partOf = (result: WorkshopResult, instrumentId: string) =>
  Object.hasOwn(result.parts, instrumentId) ? result.parts[instrumentId] : undefined;

const answersOf = (result: WorkshopResult, instrumentId: string): Answers[] => {
  const part = partOf(result, instrumentId);
  return part ? [part.answers] : [];
};

/** True for a result that holds a client's view. */
export const isClientView = (result: WorkshopResult) => partOf(result, CLIENT_CHECK.id) !== undefined;
/** True for a result that holds a mirror form. */
export const isMirrorForm = (result: WorkshopResult) => partOf(result, CLIENT_MIRROR.id) !== undefined;

const findClientInstrument = (id: string, version: number) => [CLIENT_CHECK, CLIENT_MIRROR].find((i) => i.id === id && i.version === version);

/**
 * A team's mirror forms sit under the snapshot too, when the team's forms come in over days: a
 * team mean that moved with each form handed in would give that colleague's answers away (the
 * difference of two means, decision 73). The professional's own mirror form, and a team's at the
 * table, show at once.
 */
const guardsMirrors = (collection: Pick<ClientCollection, 'setting' | 'scope'>) => collection.setting === 'collected' && collection.scope === 'team';

/** The results of `shown` that `keep` takes, a result deleted or replaced since rebuilt from its code. */
function shownOf(collection: ClientCollection, keep: (result: WorkshopResult) => boolean): WorkshopResult[] {
  const here = new Map(collection.results.map((r) => [r.fingerprint, r]));
  const workshop = asWorkshop(collection);
  return collection.shown.flatMap((fingerprint) => {
    const kept = here.get(fingerprint);
    if (kept) return keep(kept) ? [kept] : [];
    const decoded = tryDecodeResultCode(fingerprint, { findInstrument: findClientInstrument, expectedWorkshop: collection.code });
    const rebuilt = decoded.ok ? resultFromDecoded(workshop, decoded.value) : null;
    return rebuilt && keep(rebuilt) ? [rebuilt] : [];
  });
}

/**
 * The client views in the comparison: all of them at the table; when collected, those of the
 * `shown` snapshot, a view deleted or replaced since rebuilt from its code (decision 73), so
 * nothing changes before the professional updates.
 */
export function shownClientResults(collection: ClientCollection): WorkshopResult[] {
  if (collection.setting === 'table') return collection.results.filter(isClientView);
  return shownOf(collection, isClientView);
}

/** The answer sets of the client views in the comparison (`shownClientResults`). */
export function shownClientAnswers(collection: ClientCollection): Answers[] {
  return shownClientResults(collection).flatMap((r) => answersOf(r, CLIENT_CHECK.id));
}

/** The mirror forms in the comparison: a team's collected ones as of the snapshot (`guardsMirrors`). */
export function shownMirrorResults(collection: ClientCollection): WorkshopResult[] {
  return guardsMirrors(collection) ? shownOf(collection, isMirrorForm) : collection.results.filter(isMirrorForm);
}

/** The mirror forms' answer sets in the comparison (`shownMirrorResults`). */
export function mirrorAnswers(collection: ClientCollection): Answers[] {
  return shownMirrorResults(collection).flatMap((r) => answersOf(r, CLIENT_MIRROR.id));
}

/**
 * What "Bijwerken" would change in a collected comparison, by person (`updateChange`), over the
 * client views and a team's mirror forms: null at the table, where the one client's view shows
 * at once.
 */
export function clientUpdate(collection: ClientCollection): UpdateChange | null {
  if (collection.setting === 'table') return null;
  const forms = formsOf(collection);
  const complete = (id: string, answers: Answers) => collectResults(id === CLIENT_MIRROR.id ? forms.mirror : forms.check, [answers]).complete.length === 1;
  if (!guardsMirrors(collection)) return updateChange(shownClientResults(collection), collection.results.filter(isClientView), [CLIENT_CHECK.id], complete);
  const inView = (r: WorkshopResult) => isClientView(r) || isMirrorForm(r);
  return updateChange(shownOf(collection, inView), collection.results.filter(inView), [CLIENT_CHECK.id, CLIENT_MIRROR.id], complete);
}

/** The comparison brought up to date with every client view (and a team's mirror form) taken in: the professional's choice. */
export function updateShown(collection: ClientCollection): ClientCollection {
  const inView = (r: WorkshopResult) => isClientView(r) || (guardsMirrors(collection) && isMirrorForm(r));
  return { ...collection, shown: collection.results.filter(inView).map((r) => r.fingerprint) };
}

/**
 * A result removed, one by one. Its answers leave the stored list (and so every file) at once; a
 * client view in the shown comparison stays there, from its code, until the professional
 * updates: deleting must not change the view by one client on its own (decision 73).
 */
export function removeResult(collection: ClientCollection, fingerprint: string): ClientCollection {
  return { ...collection, results: collection.results.filter((r) => r.fingerprint !== fingerprint) };
}

/** The collection as a file carries it: no code of a deleted result, not even in `shown`. */
export function collectionForFile(collection: ClientCollection): ClientCollection {
  const here = new Set(collection.results.map((r) => r.fingerprint));
  return { ...collection, shown: collection.shown.filter((f) => here.has(f)) };
}

/**
 * The result of this collection whose code was typed or pasted (the code the client was given,
 * which their phone still shows), for deleting it: the list never shows a code's end, which would
 * link a row to the person who saw that end on their phone.
 */
export function resultByCode(collection: ClientCollection, text: string): { ok: true; fingerprint: string } | { ok: false; reason: 'unreadable' | 'notHere' } {
  const decoded = tryDecodeResultCode(text, { findInstrument: findClientInstrument, expectedWorkshop: collection.code });
  if (!decoded.ok) return { ok: false, reason: 'unreadable' };
  const found = collection.results.find((r) => r.fingerprint === decoded.value.fingerprint);
  return found ? { ok: true, fingerprint: found.fingerprint } : { ok: false, reason: 'notHere' };
}

/**
 * The professional's own mirror form put in place of an earlier own one (scope `own` keeps one
 * mirror form: the latest).
 */
export function withOwnMirror(collection: ClientCollection, mirror: WorkshopResult): ClientCollection {
  const others = collection.results.filter((r) => !isMirrorForm(r));
  const results = [...others, mirror].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  return { ...collection, results };
}

/**
 * The result a finished form makes, exactly as if its code had been handed over and taken in:
 * the fingerprint is the canonical code, so the same answers taken in again by code count once.
 */
export function resultOfForm(
  code: string,
  instrument: Instrument,
  answers: Answers,
  nonce: number,
  replaces?: number,
): WorkshopResult {
  const toEncode = { workshopCode: code, nonce, questionnaires: [{ instrument, answers }], ...(replaces === undefined ? {} : { replaces }) };
  return {
    fingerprint: toQrPayload(toEncode),
    parts: { [instrument.id]: { answers, marks: [] } },
    nonce,
    ...(replaces === undefined ? {} : { replaces }),
  };
}

/**
 * The one client at a table conversation answered again: the new view takes the place of the
 * earlier client's view (the professional's choice, decision 55). Mirror forms stay.
 */
export function withTableClient(collection: ClientCollection, view: WorkshopResult): ClientCollection {
  const others = collection.results.filter((r) => !isClientView(r));
  const gone = new Set(collection.results.filter(isClientView).map((r) => r.fingerprint));
  const results = [...others, view].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  return { ...collection, results, shown: collection.shown.filter((f) => !gone.has(f)) };
}

/**
 * A new table conversation for the next client, after `previous`: the same word and minimum, the
 * current form version, and the professional's own mirror form made again for the new code (a
 * code is bound to one conversation), so the next client is compared at once. No client's
 * answers go along. A mirror form of another version does not go along either: its statements
 * are not all the new version's, so the professional fills the mirror form in again.
 */
export function nextTableConversation(previous: ClientCollection, id: string, code: string, createdAt: string, nonce: number): ClientCollection {
  const [mirror] = formVersionOf(previous) === CURRENT_CLIENT_FORM ? mirrorAnswers(previous) : [];
  return {
    id,
    code,
    setting: 'table',
    scope: 'own',
    word: previous.word,
    minClients: previous.minClients,
    createdAt,
    formVersion: CURRENT_CLIENT_FORM,
    results: mirror ? [resultOfForm(code, clientForms(CURRENT_CLIENT_FORM).mirror, mirror, nonce)] : [],
    shown: [],
  };
}
