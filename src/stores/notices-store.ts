import { create } from 'zustand';
import { onStorageProblem, type StorageProblem } from '../lib/storage';

export interface Notice {
  id: number;
  problem: StorageProblem;
}

interface NoticesState {
  notices: Notice[];
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useNoticesStore = create<NoticesState>()((set, get) => ({
  notices: [],
  dismiss: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
}));

// A full storage reports on every keystroke: one notice per kind and key is enough.
onStorageProblem((problem) => {
  const { notices } = useNoticesStore.getState();
  const key = 'key' in problem ? problem.key : '';
  if (notices.some((n) => n.problem.kind === problem.kind && ('key' in n.problem ? n.problem.key : '') === key)) return;
  useNoticesStore.setState({ notices: [...notices, { id: nextId++, problem }] });
});
