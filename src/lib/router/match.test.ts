import { describe, expect, it } from 'vitest';
import { matchRoutes, parsePath, resolvePath, type RouteDef } from './match';

const routes: RouteDef[] = [
  {
    element: 'layout',
    children: [
      { index: true, element: 'home' },
      { path: 'join', element: 'join' },
      { path: 'join/:code', element: 'join-code' },
      { path: 'join/:code/answer', element: 'answer' },
      { path: 'workshops/new', element: 'new' },
      { path: 'workshops/:id', element: 'workshop' },
      { path: '*', element: 'not-found' },
    ],
  },
  { path: 'workshops/:id/present', element: 'presenter' },
];

const leaf = (pathname: string) => {
  const matches = matchRoutes(routes, pathname);
  return { elements: matches.map((m) => m.route.element), params: matches.at(-1)?.params };
};

describe('matchRoutes', () => {
  it('matches the index route inside the layout at the root', () => {
    expect(leaf('/')).toEqual({ elements: ['layout', 'home'], params: {} });
  });

  it('takes params from dynamic segments, decoded, and shares them with the layout', () => {
    const matches = matchRoutes(routes, '/join/K7M%20Q45/answer');
    expect(matches.map((m) => m.route.element)).toEqual(['layout', 'answer']);
    expect(matches[0]?.params).toEqual({ code: 'K7M Q45' });
  });

  it('prefers a static segment over a dynamic one and any route over the catch-all, whatever the order', () => {
    expect(leaf('/workshops/new').elements).toEqual(['layout', 'new']);
    expect(leaf('/workshops/abc').elements).toEqual(['layout', 'workshop']);
    expect(leaf('/nothing/here')).toEqual({ elements: ['layout', 'not-found'], params: { '*': 'nothing/here' } });
  });

  it('finds a route outside the layout (a full-screen page)', () => {
    expect(leaf('/workshops/abc/present')).toEqual({ elements: ['presenter'], params: { id: 'abc' } });
  });

  it('ignores trailing slashes', () => {
    expect(leaf('/join/').elements).toEqual(['layout', 'join']);
  });

  it('matches nothing when no route fits and there is no catch-all', () => {
    expect(matchRoutes([{ path: 'a' }], '/b')).toEqual([]);
  });
});

describe('resolvePath and parsePath', () => {
  it('keeps absolute paths and resolves relative ones against the current path', () => {
    expect(resolvePath('/history', '/result/1')).toBe('/history');
    expect(resolvePath('answer', '/join/K7')).toBe('/join/K7/answer');
    expect(resolvePath('../shared', '/workshops/w1')).toBe('/workshops/shared');
  });

  it('splits the search and hash off a path', () => {
    expect(parsePath('/a/b?x=1#top')).toEqual({ pathname: '/a/b', search: '?x=1', hash: '#top' });
    expect(parsePath('a')).toEqual({ pathname: '/a', search: '', hash: '' });
  });
});
