import { z } from 'zod/mini';
import type { Instrument } from '../instruments/types';
import { safeId } from '../files/safe-id';
import { holdsProtoKey } from '../files/proto-key';
import { workshopResultSchema } from '../workshop/workshop';
import { clientCollectionSchema, MAX_COLLECTION_RESULTS, type ClientCollection } from './collection';
import { restoreCollection } from './restore-collection';

// The conversation is checked first and its results one by one, so one damaged result is refused
// alone and never costs the conversation.
const shellSchema = z.extend(clientCollectionSchema, { results: z.array(z.unknown()).check(z.maxLength(MAX_COLLECTION_RESULTS)) });

/** A backup's conversations as far as they can be trusted, and what was refused. */
export interface BackupCollections {
  readonly collections: ClientCollection[];
  /** Results refused: damaged, or their answers do not agree with their code (restoreCollection). */
  readonly refused: number;
  /** Conversations refused whole: damaged, or their code is not a valid code. */
  readonly conversationsRefused: number;
}

/** The conversations of a backup file, each made safe to address and rebuilt from its codes. */
export function collectionsFromBackup(
  raws: readonly unknown[],
  findInstrument: (id: string, version: number) => Instrument | undefined,
): BackupCollections {
  const collections: ClientCollection[] = [];
  let refused = 0;
  let conversationsRefused = 0;
  for (const raw of raws) {
    const shell = shellSchema.safeParse(raw);
    if (!shell.success || holdsProtoKey({ ...(raw as object), results: [] })) {
      conversationsRefused += 1;
      continue;
    }
    const results = shell.data.results.flatMap((r) => {
      const one = holdsProtoKey(r) ? null : workshopResultSchema.safeParse(r);
      return one?.success ? [one.data] : [];
    });
    const restored = restoreCollection({ ...shell.data, id: safeId(shell.data.id), results }, findInstrument);
    if (!restored) {
      conversationsRefused += 1;
      continue;
    }
    collections.push(restored.collection);
    refused += shell.data.results.length - results.length + restored.refused;
  }
  return { collections, refused, conversationsRefused };
}
