import { INSTRUMENTS } from '../instruments/registry';
import type { Answers, Instrument } from '../instruments/types';
import { scoreInstrument } from '../scoring/score';
import { addResults, NO_RETIRED } from '../workshop/result-set';
import { normaliseMinRespondents, type Workshop } from '../workshop/workshop';
import type { FormCounts } from './quality-gate';

/**
 * What the quality figures are computed from (docs/quality.md §1, decision 83): per questionnaire
 * version, the teams that count and their people. Cheap: no statistics here.
 *
 * - A workshop counts as a team for a questionnaire when it is not a demo and holds at least its
 *   own minimum of complete results of it; a team below its minimum adds nothing, not even its
 *   people, as everywhere else in the app.
 * - People are complete results (every scale scored by its completeness rule), each phone once:
 *   the workshop's results are counted again by the result set's rules (result-set.ts), so a
 *   replaced result or an earlier link of a phone's chain never counts beside its successor.
 * - A workshop id is taken once (the first), so a workshop kept twice does not count twice.
 * - Each version of a questionnaire is its own form: self-check versions 1 and 2 have other
 *   statements, and the client's view and the professional's mirror form other respondents.
 */

export { QUALITY_GATE, passesGate, stillNeeded, type FormCounts } from './quality-gate';

export interface FormData {
  readonly instrument: Instrument;
  readonly counts: FormCounts;
  /** Per team that counts, its complete answer sets. */
  readonly teams: readonly (readonly Answers[])[];
  /** Every answer set of the form in the teams that count, complete or not: the base of the "does not apply" shares. */
  readonly answerSets: readonly Answers[];
}

/** The results of a workshop counted once per phone, by the result set's rules. */
function countedResults(workshop: Workshop) {
  return addResults([], workshop.results, workshop.retired ?? NO_RETIRED).results;
}

/**
 * Per questionnaire version the app knows (registry order), the teams and people that count
 * among `workshops`. Client collections enter as workshops (`asWorkshop`), each collection a group
 * with its own minimum.
 */
export function collectForms(workshops: readonly Workshop[]): FormData[] {
  const seen = new Set<string>();
  const forms = new Map(INSTRUMENTS.map((instrument) => [instrument, { teams: [] as Answers[][], answerSets: [] as Answers[], below: 0 }]));
  for (const workshop of workshops) {
    if (workshop.demo === true || seen.has(workshop.id)) continue;
    seen.add(workshop.id);
    const results = countedResults(workshop);
    const minimum = normaliseMinRespondents(workshop.minRespondents);
    const taken = new Set<string>();
    for (const { instrumentId, instrumentVersion } of workshop.questionnaires) {
      if (taken.has(instrumentId)) continue;
      taken.add(instrumentId);
      const instrument = INSTRUMENTS.find((i) => i.id === instrumentId && i.version === instrumentVersion);
      const form = instrument && forms.get(instrument);
      if (!instrument || !form) continue;
      const sets = results.flatMap((r) => (Object.hasOwn(r.parts, instrumentId) ? [(r.parts[instrumentId] as { answers: Answers }).answers] : []));
      if (sets.length === 0) continue;
      const complete = sets.filter((answers) => scoreInstrument(instrument, answers).complete);
      if (complete.length < minimum) {
        form.below += 1;
        continue;
      }
      form.teams.push(complete);
      form.answerSets.push(...sets);
    }
  }
  return [...forms.entries()].map(([instrument, form]) => ({
    instrument,
    counts: { people: form.teams.reduce((sum, team) => sum + team.length, 0), teams: form.teams.length, teamsBelowMinimum: form.below },
    teams: form.teams,
    answerSets: form.answerSets,
  }));
}
