import { MAX_CHAIN_SEQ, type ResultChain } from '../codec/payload';

/** How one result of a phone names its place among the phone's results for one workshop. */
export interface ResultLink {
  readonly nonce: number;
  /** Format 3: the previous result's nonce (codes made before decision 54, and past MAX_CHAIN_SEQ). */
  readonly replaces?: number;
  /** Format 4: the first result's nonce and the place after it. */
  readonly chain?: ResultChain;
}

/**
 * The link of a phone's next result for a workshop, after `previous` (its latest there, if any).
 * A re-answer joins the chain of the phone's first result: root = that result's nonce, seq one
 * higher (decision 54), so the laptop counts the newest even when a link in between never
 * arrives. Past MAX_CHAIN_SEQ re-answers the chain cannot grow: the result then names the
 * previous one in `replaces` (format 3) and the chain starts again from it. `draw` gives random
 * nonces; the nonce never equals the root or the previous nonce (a code may not name itself).
 */
export function nextLink(previous: ResultLink | undefined, draw: () => number): ResultLink {
  const nonceNot = (...taken: number[]) => {
    for (;;) {
      const nonce = draw();
      if (!taken.includes(nonce)) return nonce;
    }
  };
  if (!previous) return { nonce: draw() };
  const root = previous.chain?.root ?? previous.nonce;
  const seq = (previous.chain?.seq ?? 0) + 1;
  if (seq > MAX_CHAIN_SEQ) return { nonce: nonceNot(previous.nonce), replaces: previous.nonce };
  return { nonce: nonceNot(root, previous.nonce), chain: { root, seq } };
}

/**
 * The chain a withdrawal of the phone's newest result `newest` names (decision 79): the place a
 * next result would take, so its seq is above every link the phone made. Past MAX_CHAIN_SEQ a
 * next result starts again from the newest (`nextLink`), and so does the withdrawal: its root is
 * then the newest result's own nonce, which the laptop retires with the root, while the newest
 * beats every earlier link of the old chain.
 */
export function withdrawalLink(newest: ResultLink): ResultChain {
  const root = newest.chain?.root ?? newest.nonce;
  const seq = (newest.chain?.seq ?? 0) + 1;
  return seq > MAX_CHAIN_SEQ ? { root: newest.nonce, seq: 1 } : { root, seq };
}

/**
 * True when `later` makes `earlier` stop counting on the laptop (both of one phone, one
 * workshop): it names it, or it is further along the same chain.
 */
export function isReplacedBy(earlier: ResultLink, later: ResultLink): boolean {
  if (later.nonce === earlier.nonce) return false;
  if (later.replaces === earlier.nonce) return true;
  if (!later.chain) return false;
  if (later.chain.root === earlier.nonce) return true;
  return earlier.chain !== undefined && earlier.chain.root === later.chain.root && later.chain.seq > earlier.chain.seq;
}

/** The link fields of a result, for a code or a stored result (absent ones left out). */
export function linkFields(link: ResultLink): Pick<ResultLink, 'replaces' | 'chain'> {
  return {
    ...(link.replaces === undefined ? {} : { replaces: link.replaces }),
    ...(link.chain === undefined ? {} : { chain: link.chain }),
  };
}
