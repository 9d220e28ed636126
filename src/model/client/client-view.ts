import { scoreAnswers, type WindowPoint } from '../scoring/score';
import { aggregateTeam } from '../team/aggregate';
import type { SpreadEllipse } from '../team/types';
import { clientUpdate, formsOf, mirrorAnswers, shownClientAnswers, type ClientCollection } from './collection';
import type { UpdateChange } from '../workshop/shown-update';
import { compareViews, type Comparison } from './compare';

/** What the comparison screen may show for a collection, by the anonymity rules of docs/client.md. */
export type ClientViewState =
  | { readonly status: 'needMirror' }
  | { readonly status: 'needClient' }
  /** Too few complete results on one side: only the count. */
  | { readonly status: 'waiting'; readonly side: 'clients' | 'team'; readonly count: number; readonly min: number }
  | {
      readonly status: 'shown';
      readonly comparison: Comparison;
      readonly mirror: WindowPoint | null;
      readonly clients: WindowPoint | null;
      /** The clients' 1-SD ellipse; null for one client. */
      readonly clientSpread: SpreadEllipse | null;
      /** Complete client results in the view. */
      readonly clientCount: number;
    };

/**
 * The view of a collection. At the table: the one client's point and answers, as prompts. When
 * collected: only from `minClients` complete client results (of those the professional chose to
 * show), only aggregates. A team's mirror forms are aggregated under the same minimum; one's own
 * mirror form is shown as it is.
 */
export function clientView(collection: ClientCollection): ClientViewState {
  const mirrors = mirrorAnswers(collection);
  if (mirrors.length === 0) return { status: 'needMirror' };
  const clients = shownClientAnswers(collection);
  if (clients.length === 0) return { status: 'needClient' };
  // Every result of a conversation is of its form version: the intake refuses the other one.
  const forms = formsOf(collection);

  let mirror: WindowPoint | null;
  if (collection.scope === 'team') {
    const team = aggregateTeam(forms.mirror, mirrors, { minRespondents: collection.minClients });
    if (team.status === 'hidden') return { status: 'waiting', side: 'team', count: team.count, min: team.minRespondents };
    mirror = team.window?.centre ?? null;
  } else {
    mirror = scoreAnswers(forms.mirror, mirrors[mirrors.length - 1] ?? {}).point;
  }

  if (collection.setting === 'table') {
    const one = clients.slice(0, 1);
    return {
      status: 'shown',
      comparison: compareViews(forms.mirror, mirrors, forms.check, one),
      mirror,
      clients: scoreAnswers(forms.check, one[0] ?? {}).point,
      clientSpread: null,
      clientCount: one.length,
    };
  }
  const group = aggregateTeam(forms.check, clients, { minRespondents: collection.minClients });
  if (group.status === 'hidden') return { status: 'waiting', side: 'clients', count: group.count, min: group.minRespondents };
  return {
    status: 'shown',
    comparison: compareViews(forms.mirror, mirrors, forms.check, clients),
    mirror,
    clients: group.window?.centre ?? null,
    clientSpread: group.window?.spread.ellipse ?? null,
    clientCount: group.count,
  };
}

/**
 * What "Bijwerken" would change (`clientUpdate`), asking first only when the view shows figures
 * now: from a view below the minimum (only a count) there is nothing to subtract from.
 */
export function clientViewUpdate(collection: ClientCollection): UpdateChange | null {
  const change = clientUpdate(collection);
  if (!change || !change.asks) return change;
  return clientView(collection).status === 'shown' ? change : { ...change, asks: false };
}
