import { useCallback, useEffect, useRef, useState } from 'react';
import { readRaw, STORAGE_PREFIX, writeRaw } from '../lib/storage';

// Deleting a workshop forgets this key in shown-store.ts (forgetShown).
import {
  changeSession,
  newer,
  readMessage,
  restoreSession,
  sessionMessage,
  startSession,
  type PresentingState,
  type SessionMessage,
  type SessionRole,
} from '../model/presenter/session';

/**
 * The presenting state of a workshop shared by the wall and the facilitator's view (issue 22):
 * stored per workshop in localStorage (so a reload or a reopened window finds the step), sent
 * live on a BroadcastChannel named per workshop. Both stay on this device: a channel only reaches
 * windows of the same origin in the same browser. Where there is no BroadcastChannel, the
 * `storage` event still carries every change (a moment later).
 */
export const PRESENTING_PREFIX = `${STORAGE_PREFIX}presenting:`;
const keyOf = (workshopId: string) => `${PRESENTING_PREFIX}${workshopId}`;
const channelOf = (workshopId: string) => `${PRESENTING_PREFIX}${workshopId}`;

/** This window's id: breaks a tie between two changes made at the same millisecond. */
const WINDOW_ID = (() => {
  try {
    return crypto.randomUUID();
  } catch {
    return `w${Math.random().toString(36).slice(2)}`;
  }
})();

function readStored(workshopId: string, now: number): PresentingState | null {
  const raw = readRaw(keyOf(workshopId));
  if (raw === null) return null;
  try {
    return restoreSession(JSON.parse(raw), now);
  } catch {
    return null;
  }
}

const same = (a: PresentingState, b: PresentingState) => a.seq === b.seq && a.at === b.at && a.by === b.by;

/**
 * The shared state and the way to change it. A change is read–change–write: it builds on the
 * newer of this window's and the stored state, stores the result and sends it. A received or
 * stored state replaces this window's only when it wins by `newer`; a window that holds the
 * winner answers an older one, so both end on the same state (docs/presenter.md).
 */
export function usePresentingSession(workshopId: string, role: SessionRole) {
  const [state, setState] = useState<PresentingState>(() => readStored(workshopId, Date.now()) ?? startSession(Date.now(), WINDOW_ID));
  const mine = useRef(state);
  const channel = useRef<BroadcastChannel | null>(null);

  const post = useCallback(
    (message: SessionMessage) => {
      try {
        channel.current?.postMessage(sessionMessage(workshopId, message));
      } catch {
        /* a closed channel: the stored state still reaches the other window */
      }
    },
    [workshopId],
  );

  useEffect(() => {
    const now = Date.now();
    const stored = readStored(workshopId, now);
    if (stored === null || newer(stored, mine.current) !== stored) writeRaw(keyOf(workshopId), JSON.stringify(mine.current));
    const adopt = (incoming: PresentingState) => {
      const held = mine.current;
      if (same(held, incoming)) return;
      if (newer(held, incoming) === incoming) {
        mine.current = incoming;
        setState(incoming);
        return;
      }
      // The other window is behind (it changed at the same moment and lost): storage and that window get the winner.
      const kept = readStored(workshopId, Date.now());
      if (!kept || newer(kept, held) !== kept) writeRaw(keyOf(workshopId), JSON.stringify(held));
      post({ kind: 'state', from: role, state: held });
    };
    let opened: BroadcastChannel | null = null;
    try {
      opened = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelOf(workshopId)) : null;
    } catch {
      opened = null;
    }
    channel.current = opened;
    if (opened) {
      opened.onmessage = (event: MessageEvent) => {
        const message = readMessage(event.data, workshopId, Date.now());
        if (!message) return;
        if (message.kind === 'hello') post({ kind: 'state', from: role, state: mine.current });
        else adopt(message.state);
      };
    }
    const onStorage = (event: StorageEvent) => {
      if (event.key !== keyOf(workshopId)) return;
      const stored = readStored(workshopId, Date.now());
      if (stored) adopt(stored);
    };
    window.addEventListener('storage', onStorage);
    post({ kind: 'hello', from: role });
    return () => {
      window.removeEventListener('storage', onStorage);
      channel.current = null;
      opened?.close();
    };
  }, [workshopId, role, post]);

  const change = useCallback(
    (what: Partial<Pick<PresentingState, 'step' | 'blank' | 'asking'>>) => {
      const now = Date.now();
      const stored = readStored(workshopId, now);
      const base = stored ? newer(stored, mine.current) : mine.current;
      const next = changeSession(base, what, now, WINDOW_ID);
      mine.current = next;
      setState(next);
      writeRaw(keyOf(workshopId), JSON.stringify(next));
      post({ kind: 'state', from: role, state: next });
    },
    [workshopId, role, post],
  );

  return { state, change };
}
