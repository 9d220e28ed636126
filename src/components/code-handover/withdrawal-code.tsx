import { useMemo } from 'react';
import { toWithdrawalCode } from '../../model/codec/result-code';
import type { ResultChain } from '../../model/codec/payload';
import { CodeHandover, type CodeHandoverTexts } from './code-handover';

/**
 * A withdrawal code (decision 79) as the hand-over shows any code: QR and text. It holds the
 * workshop code and the chain only, so it can be drawn again from what the phone keeps.
 */
export function WithdrawalCode({ workshopCode, chain, texts }: { workshopCode: string; chain: ResultChain; texts: CodeHandoverTexts }) {
  const { root, seq } = chain;
  const forms = useMemo(() => {
    try {
      return toWithdrawalCode({ workshopCode, chain: { root, seq } });
    } catch {
      // The stores check what they read; a code that cannot be written is not shown at all.
      return null;
    }
  }, [workshopCode, root, seq]);
  return forms && <CodeHandover text={forms.text} qr={forms.qr} texts={texts} />;
}
