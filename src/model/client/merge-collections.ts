import { mergeRetired, resultSet } from '../workshop/result-set';
import { isClientView, MAX_COLLECTION_RESULTS, type ClientCollection } from './collection';

/** What restoring a backup's conversations did, counted in results (and in conversations kept apart). */
export interface CollectionsImport {
  readonly collections: ClientCollection[];
  /** Results taken in, those of a conversation new to this device included. */
  readonly added: number;
  /** Results this device already had. */
  readonly duplicates: number;
  /** Results not taken in: past the most a conversation keeps, or a second client at the table. */
  readonly refused: number;
  /** Conversations whose id was taken here by another conversation: kept under a new id. */
  readonly keptApart: number;
}

/** Same code, setting and scope: the same conversation, whatever its id (a file can carry any id). */
const sameConversation = (a: ClientCollection, b: ClientCollection) => a.code === b.code && a.setting === b.setting && a.scope === b.scope;

/**
 * Backup conversations (already rebuilt from their codes, restoreCollection) merged into those on
 * this device. A conversation with the same code, setting and scope is the same conversation: its
 * results are added with the intake's rules (duplicates once, of a phone only the newest: result-set.ts), one by one,
 * so one result over the limit or a second client at the table is refused alone. Any other
 * conversation is added whole; when its id is taken by a conversation here, it is kept apart under
 * `newId()` rather than dropped, so nothing in the file is lost without a word and two
 * conversations never mix.
 */
export function mergeCollections(
  existing: readonly ClientCollection[],
  incoming: readonly ClientCollection[],
  newId: () => string,
): CollectionsImport {
  let collections = [...existing];
  let added = 0;
  let duplicates = 0;
  let refused = 0;
  let keptApart = 0;
  for (const file of incoming) {
    const here = collections.find((c) => c.id === file.id && sameConversation(c, file)) ?? collections.find((c) => sameConversation(c, file));
    if (!here) {
      const clash = collections.some((c) => c.id === file.id);
      collections = [clash ? { ...file, id: newId() } : file, ...collections];
      added += file.results.length;
      if (clash) keptApart += 1;
      continue;
    }
    const results = resultSet(here.results, mergeRetired(here.retired, file.retired));
    let clientAtTable = here.setting === 'table' && here.results.some(isClientView);
    // A file's withdrawals (decision 79) take back results here too, even when it brings no result.
    let changed = results.size !== here.results.length || (file.retired?.withdrawn?.length ?? 0) > 0;
    for (const result of file.results) {
      const kind = results.classify(result);
      if (kind === 'duplicate' || kind === 'superseded') {
        // An earlier view of a client whose newer view is here: nothing new, but its links hold.
        if (kind === 'superseded') {
          results.add(result);
          changed = true;
        }
        duplicates += 1;
      } else if ((kind === 'added' && results.size >= MAX_COLLECTION_RESULTS) || (kind === 'added' && clientAtTable && isClientView(result))) {
        refused += 1;
      } else {
        results.add(result);
        added += 1;
        changed = true;
        if (here.setting === 'table' && isClientView(result)) clientAtTable = true;
      }
    }
    if (changed) collections = collections.map((c) => (c === here ? { ...c, results: results.list(), retired: results.retired() } : c));
  }
  return { collections, added, duplicates, refused, keptApart };
}
