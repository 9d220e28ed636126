import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` parts to show: one more per task. A full report is eleven tables; added
 * to the page at once their DOM is one long task on a slow phone, added one by one each is short.
 */
export function useOneByOne(total: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(() => startTransition(() => setShown((n) => n + 1)), 0);
    return () => clearTimeout(timer);
  }, [shown, total]);
  return Math.min(shown, total);
}
