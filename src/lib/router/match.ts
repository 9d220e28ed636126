/**
 * Route matching for the app's own small router (see ./index.ts): the subset of react-router's
 * rules the app uses. Segments match exactly, `:name` takes one segment, `*` takes the rest; a
 * route without a path is a layout around its children; an index route matches its parent's
 * path exactly. When several routes match, the most specific wins, as in react-router.
 */
export interface RouteDef {
  path?: string;
  index?: boolean;
  element?: unknown;
  children?: RouteDef[];
}

export type Params = Record<string, string | undefined>;

export interface RouteMatch {
  route: RouteDef;
  params: Params;
}

const segmentsOf = (path: string) => path.split('/').filter(Boolean);

/** Matches `pattern` against the start of `segments`; the params and what is left, or null. */
function matchSegments(pattern: string[], segments: string[]): { params: Params; rest: string[]; score: number } | null {
  const params: Params = {};
  let score = 0;
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i] as string;
    if (part === '*') {
      params['*'] = segments.slice(i).join('/');
      return { params, rest: [], score: score - 2 };
    }
    const segment = segments[i];
    if (segment === undefined) return null;
    if (part.startsWith(':')) {
      params[part.slice(1)] = safeDecode(segment);
      score += 3;
    } else if (part === segment) {
      score += 10;
    } else {
      return null;
    }
  }
  return { params, rest: segments.slice(pattern.length), score };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Every route, root to leaf, that the pathname matches completely, best match first; [] when none. */
export function matchRoutes(routes: RouteDef[], pathname: string): RouteMatch[] {
  const best = bestBranch(routes, segmentsOf(pathname));
  return best ? best.matches : [];
}

function bestBranch(routes: RouteDef[], segments: string[]): { matches: RouteMatch[]; score: number } | null {
  let best: { matches: RouteMatch[]; score: number } | null = null;
  for (const route of routes) {
    const candidate = branch(route, segments);
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  return best;
}

function branch(route: RouteDef, segments: string[]): { matches: RouteMatch[]; score: number } | null {
  if (route.index) {
    return segments.length === 0 ? { matches: [{ route, params: {} }], score: 2 } : null;
  }
  const own = matchSegments(segmentsOf(route.path ?? ''), segments);
  if (!own) return null;
  const here: RouteMatch = { route, params: own.params };
  if (route.children?.length) {
    const inner = bestBranch(route.children, own.rest);
    if (inner) {
      // Every level sees all params of the match, as useParams does in react-router.
      const params: Params = Object.assign({}, own.params, ...inner.matches.map((m) => m.params));
      return { matches: [here, ...inner.matches].map((m) => ({ route: m.route, params })), score: own.score + inner.score };
    }
  }
  return own.rest.length === 0 && route.path !== undefined ? { matches: [here], score: own.score + 1 } : null;
}

/** Resolves `to` against the current pathname: absolute as it is, relative appended. */
export function resolvePath(to: string, from: string): string {
  if (to.startsWith('/')) return to;
  const base = segmentsOf(from);
  for (const part of segmentsOf(to)) {
    if (part === '..') base.pop();
    else if (part !== '.') base.push(part);
  }
  return `/${base.join('/')}`;
}

/** Splits `/a/b?x=1#y` into its parts; pathname always starts with a slash. */
export function parsePath(path: string): { pathname: string; search: string; hash: string } {
  let rest = path;
  let hash = '';
  let search = '';
  const hashAt = rest.indexOf('#');
  if (hashAt >= 0) {
    hash = rest.slice(hashAt);
    rest = rest.slice(0, hashAt);
  }
  const searchAt = rest.indexOf('?');
  if (searchAt >= 0) {
    search = rest.slice(searchAt);
    rest = rest.slice(0, searchAt);
  }
  return { pathname: rest.startsWith('/') ? rest : `/${rest}`, search, hash };
}
