import type { Answers } from '../instruments/types';
import type { WorkshopResult } from './workshop';

/**
 * What pressing "Bijwerken" would change in a shown team or clients' view, by person
 * (docs/privacy.md, "Updates that reveal no one"; decision 73).
 *
 * A person is a phone's chain: results joined by a chain root, a format-3 `replaces` or a shared
 * nonce are one person (result-set.ts, next-link.ts). Two people whose random nonces happen to be
 * equal are then taken for one: the rule below only asks more often for it.
 *
 * Per person and per figure base (each questionnaire's answers, all of them and the complete ones
 * apart, since some figures take complete results only) a person is `added` (in the view after,
 * not before), `removed`, `replaced` (in both, with other answers) or unchanged. The room can
 * work out one person's answers from two shown states whenever the difference rests on fewer
 * than two people it cannot know: with one added, or one removed, the difference is that
 * person's answers; a replacement's old and new answers are known to the one who answered again,
 * so it hides nobody (a late phone plus a re-answer gives the late phone's answers to the
 * re-answerer). Hence: an update that changes a base at all, by fewer than MIN_NEW_PEOPLE added
 * or removed people, asks first.
 */
export const MIN_NEW_PEOPLE = 2;

/** A person's answers to one questionnaire, or null when the person has none in that state. */
export type PartOf = (result: WorkshopResult, instrumentId: string) => Answers | null;

export interface PersonCounts {
  readonly added: number;
  readonly removed: number;
  readonly replaced: number;
}

export interface UpdateChange extends PersonCounts {
  /** Anything at all changes in the view. */
  readonly changes: boolean;
  /** The update could let the room work out one person's answers: ask first. */
  readonly asks: boolean;
}

/** Whether an answer set enters the figures that take complete results only. */
export type IsComplete = (instrumentId: string, answers: Answers) => boolean;

class People {
  private readonly parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) ?? root;
    this.parent.set(key, root);
    return root;
  }
  join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

const keyOf = (answers: Answers): string =>
  Object.keys(answers)
    .sort()
    .map((id) => `${id}=${String(answers[id])}`)
    .join(',');

type Kind = 'added' | 'removed' | 'replaced' | 'same';

function kindOf(before: readonly string[], after: readonly string[]): Kind | null {
  if (before.length === 0 && after.length === 0) return null;
  if (before.length === 0) return 'added';
  if (after.length === 0) return 'removed';
  return [...before].sort().join('|') === [...after].sort().join('|') ? 'same' : 'replaced';
}

/**
 * What an update from `shown` (the results the view shows now) to `current` (every result taken
 * in) would change, over the questionnaires `instrumentIds`. Pure: the shown results of a result
 * taken out since are rebuilt from their codes by the caller (`wallResults`).
 */
export function updateChange(
  shown: readonly WorkshopResult[],
  current: readonly WorkshopResult[],
  instrumentIds: readonly string[],
  isComplete: IsComplete,
): UpdateChange {
  const people = new People();
  for (const r of [...shown, ...current]) {
    const self = `f:${r.fingerprint}`;
    people.find(self);
    if (r.nonce !== undefined) people.join(self, `n:${r.nonce}`);
    if (r.chain) people.join(self, `n:${r.chain.root}`);
    if (r.replaces !== undefined) people.join(self, `n:${r.replaces}`);
  }
  const personOf = (r: WorkshopResult) => people.find(`f:${r.fingerprint}`);
  const everyone = new Set([...shown, ...current].map(personOf));

  const part = (r: WorkshopResult, id: string) => (Object.hasOwn(r.parts, id) ? (r.parts[id]?.answers ?? null) : null);
  const parts = (results: readonly WorkshopResult[], person: string, id: string, completeOnly: boolean) =>
    results
      .filter((r) => personOf(r) === person)
      .map((r) => part(r, id))
      .filter((a): a is Answers => a !== null && (!completeOnly || isComplete(id, a)))
      .map(keyOf);

  let asks = false;
  for (const id of instrumentIds) {
    for (const completeOnly of [false, true]) {
      let hidden = 0;
      let changed = 0;
      for (const person of everyone) {
        const kind = kindOf(parts(shown, person, id, completeOnly), parts(current, person, id, completeOnly));
        if (kind === null || kind === 'same') continue;
        changed += 1;
        if (kind !== 'replaced') hidden += 1;
      }
      if (changed > 0 && hidden < MIN_NEW_PEOPLE) asks = true;
    }
  }

  // The counts the question names: by whole person, over every part.
  const counts = { added: 0, removed: 0, replaced: 0 };
  const prints = (results: readonly WorkshopResult[], person: string) => results.filter((r) => personOf(r) === person).map((r) => r.fingerprint);
  for (const person of everyone) {
    const kind = kindOf(prints(shown, person), prints(current, person));
    if (kind !== null && kind !== 'same') counts[kind] += 1;
  }
  const changes = counts.added + counts.removed + counts.replaced > 0;
  return { ...counts, changes, asks: changes && asks };
}
