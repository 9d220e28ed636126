import { describe, expect, it } from 'vitest';
import { MAX_CHAIN_SEQ } from '../codec/payload';
import { addResults } from './result-set';
import { isReplacedBy, nextLink } from './next-link';
import type { WorkshopResult } from './workshop';

const draws = (...values: number[]) => () => values.shift() ?? 999;
const asResult = (link: ReturnType<typeof nextLink>): WorkshopResult => ({ fingerprint: `F${link.nonce}`, parts: {}, ...link });

describe('a phone’s next result for one workshop', () => {
  it('starts plain, then joins the chain of the first result, one seq higher each time', () => {
    const a = nextLink(undefined, draws(10));
    const b = nextLink(a, draws(20));
    const c = nextLink(b, draws(30));
    expect([a, b, c]).toEqual([{ nonce: 10 }, { nonce: 20, chain: { root: 10, seq: 1 } }, { nonce: 30, chain: { root: 10, seq: 2 } }]);
    expect(isReplacedBy(a, b) && isReplacedBy(a, c) && isReplacedBy(b, c)).toBe(true);
    expect(isReplacedBy(c, b) || isReplacedBy(b, a)).toBe(false);
  });

  it('never draws the root or the previous nonce again (a code may not name itself)', () => {
    const b = nextLink({ nonce: 10, chain: { root: 5, seq: 1 } }, draws(5, 10, 11));
    expect(b).toEqual({ nonce: 11, chain: { root: 5, seq: 2 } });
  });

  it('continues a phone whose earlier code named its predecessor (made before the chain) from that code', () => {
    const b = { nonce: 20, replaces: 10 };
    const c = nextLink(b, draws(30));
    expect(c).toEqual({ nonce: 30, chain: { root: 20, seq: 1 } });
    expect(addResults([], [{ fingerprint: 'A', parts: {}, nonce: 10 }, asResult(b), asResult(c)].reverse()).results.map((r) => r.fingerprint)).toEqual(['F30']);
  });

  it('past the longest chain names the previous result instead, and the laptop still counts only the newest', () => {
    const last = { nonce: 40, chain: { root: 10, seq: MAX_CHAIN_SEQ } };
    const next = nextLink(last, draws(50));
    expect(next).toEqual({ nonce: 50, replaces: 40 });
    const earlier = { nonce: 39, chain: { root: 10, seq: MAX_CHAIN_SEQ - 1 } };
    for (const order of [[last, next, earlier], [earlier, next, last], [next, earlier, last]]) {
      expect(addResults([], order.map(asResult)).results.map((r) => r.fingerprint)).toEqual(['F50']);
    }
  });
});
