import { Children, createContext, isValidElement, useContext, useMemo, useState, useSyncExternalStore, type ReactElement, type ReactNode } from 'react';
import { matchRoutes, parsePath, resolvePath, type Params, type RouteDef } from './match';

export interface Location {
  pathname: string;
  search: string;
  hash: string;
  state: unknown;
  key: string;
}

export interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}

export type To = string;

export interface NavigateFunction {
  (to: To, options?: NavigateOptions): void;
  (delta: number): void;
}

interface Navigator {
  location: Location;
  navigate: (to: To | number, options?: NavigateOptions) => void;
  /** The href an <a> needs for a path: `#/x` in the hash router. */
  href: (path: string) => string;
}

const NavigatorContext = createContext<Navigator | null>(null);
const RouteContext = createContext<{ outlet: ReactNode; params: Params }>({ outlet: null, params: {} });

function useNavigator(hook: string): Navigator {
  const navigator = useContext(NavigatorContext);
  if (!navigator) throw new Error(`${hook}() may be used only inside a router.`);
  return navigator;
}

let keys = 0;
const nextKey = () => `k${(keys++).toString(36)}`;

// --- Hash router: the route lives in the URL fragment, which is never sent to a server. ---

const listeners = new Set<() => void>();
let snapshot: { href: string; state: unknown; location: Location } | null = null;

function readHashLocation(): Location {
  const href = window.location.href;
  const state: unknown = window.history.state;
  if (snapshot && snapshot.href === href && snapshot.state === state) return snapshot.location;
  const { pathname, search, hash } = parsePath(window.location.hash.slice(1) || '/');
  const stored = state as { usr?: unknown; key?: string } | null;
  const location = { pathname, search, hash, state: stored?.usr ?? null, key: stored?.key ?? 'default' };
  snapshot = { href, state, location };
  return location;
}

function subscribeToHash(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
    window.removeEventListener('hashchange', listener);
  };
}

function hashNavigate(to: To | number, options: NavigateOptions = {}) {
  if (typeof to === 'number') {
    window.history.go(to);
    return;
  }
  const path = resolvePath(to, readHashLocation().pathname);
  const entry = { usr: options.state ?? null, key: nextKey() };
  const url = `${window.location.pathname}${window.location.search}#${path}`;
  if (options.replace) window.history.replaceState(entry, '', url);
  else window.history.pushState(entry, '', url);
  listeners.forEach((listener) => listener());
}

export function HashRouter({ children }: { children?: ReactNode }) {
  const location = useSyncExternalStore(subscribeToHash, readHashLocation);
  const navigator = useMemo<Navigator>(() => ({ location, navigate: hashNavigate, href: (path) => `#${path}` }), [location]);
  return <NavigatorContext value={navigator}>{children}</NavigatorContext>;
}

// --- Memory router: for tests, a list of entries in memory. ---

const toLocation = (path: string, state: unknown = null): Location => ({ ...parsePath(path), state, key: nextKey() });

/** `hashHrefs`: links get `#/…` hrefs, as under the hash router (the prerendered start page). */
export function MemoryRouter({
  children,
  initialEntries = ['/'],
  hashHrefs = false,
}: {
  children?: ReactNode;
  /** Paths, or a path with the location state a page was opened with (as react-router takes them). */
  initialEntries?: (string | { pathname: string; state?: unknown })[];
  hashHrefs?: boolean;
}) {
  const [history, setHistory] = useState(() => ({
    entries: initialEntries.map((entry) => (typeof entry === 'string' ? toLocation(entry) : toLocation(entry.pathname, entry.state ?? null))),
    index: initialEntries.length - 1,
  }));
  const navigator = useMemo<Navigator>(
    () => ({
      location: history.entries[history.index] as Location,
      href: (path) => (hashHrefs ? `#${path}` : path),
      navigate: (to, options = {}) =>
        setHistory(({ entries, index }) => {
          if (typeof to === 'number') return { entries, index: Math.min(entries.length - 1, Math.max(0, index + to)) };
          const next = toLocation(resolvePath(to, (entries[index] as Location).pathname), options.state ?? null);
          const kept = entries.slice(0, options.replace ? index : index + 1);
          return { entries: [...kept, next], index: kept.length };
        }),
    }),
    [history, hashHrefs],
  );
  return <NavigatorContext value={navigator}>{children}</NavigatorContext>;
}

// --- Routes ---

export interface RouteProps {
  path?: string;
  index?: boolean;
  element?: ReactNode;
  children?: ReactNode;
}

/** Only a description for <Routes>; it renders nothing itself, as in react-router. */
export function Route(props: RouteProps): ReactElement | null {
  void props;
  return null;
}

function routesFrom(children: ReactNode): RouteDef[] {
  const routes: RouteDef[] = [];
  Children.forEach(children, (child) => {
    if (!isValidElement<RouteProps>(child)) return;
    const { path, index, element, children: nested } = child.props;
    routes.push({ path, index, element, children: nested ? routesFrom(nested) : undefined });
  });
  return routes;
}

export function Routes({ children }: { children?: ReactNode }) {
  const { location } = useNavigator('Routes');
  const routes = useMemo(() => routesFrom(children), [children]);
  const matches = matchRoutes(routes, location.pathname);
  return matches.reduceRight<ReactNode>(
    (outlet, match) => <RouteContext value={{ outlet, params: match.params }}>{(match.route.element as ReactNode) ?? outlet}</RouteContext>,
    null,
  );
}

export function Outlet() {
  return useContext(RouteContext).outlet;
}

export function useParams<K extends string = string>(): Readonly<Partial<Record<K, string>>> {
  return useContext(RouteContext).params as Partial<Record<K, string>>;
}

export function useLocation(): Location {
  return useNavigator('useLocation').location;
}

export function useNavigate(): NavigateFunction {
  return useNavigator('useNavigate').navigate as NavigateFunction;
}

/** The href of a path for this router (`#/x` in the hash router). */
export function useHref(to: To): string {
  const { location, href } = useNavigator('useHref');
  return href(resolvePath(to, location.pathname));
}
