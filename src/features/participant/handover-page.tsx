import { useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isReplacedBy, linkFields } from '../../model/workshop/next-link';
import { usePageTitle } from '../../components/use-page-title';
import { CodeHandover } from '../../components/code-handover/code-handover';
import { useParticipationStore } from '../../stores/participation-store';
import { findInstrument, instrumentTextKey } from '../../model/instruments/registry';
import { toQrPayload, toTextCode } from '../../model/codec/result-code';
import { toResultFile } from '../../model/codec/result-file';
import { formatJoinCode } from '../../model/workshop/join-code';
import { canShareFiles, downloadText, shareText } from '../../lib/download';
import { EarlierParticipations } from './earlier-participations';
import { WithdrawSection } from './withdraw-section';
import { WithdrawalView } from './withdrawal-view';

export default function HandoverPage() {
  const { t } = useTranslation(['participant']);
  usePageTitle(t('handoverTitle'));
  const unsaved = (useLocation().state as { unsaved?: boolean } | null)?.unsaved === true;
  const { id } = useParams();
  const participation = useParticipationStore((s) => s.participations.find((p) => p.id === id));
  // After a withdrawal its code takes the participation's place, under the same id (decision 79).
  const withdrawal = useParticipationStore((s) => s.withdrawals.find((w) => w.id === id));
  // A newer result of this phone replaces this one: handing this code over now would do nothing.
  const newer = useParticipationStore((s) =>
    participation ? s.participations.find((q) => q.workshopCode === participation.workshopCode && isReplacedBy(participation, q)) : undefined,
  );
  const forms = useMemo(() => {
    if (!participation) return null;
    const questionnaires = [];
    for (const part of participation.parts) {
      const instrument = findInstrument(part.instrumentId, part.instrumentVersion);
      if (!instrument) return null;
      questionnaires.push({ instrument, answers: part.answers, marks: part.marks });
    }
    // One code for all parts: the code orders them by instrument code.
    const result = {
      workshopCode: participation.workshopCode,
      nonce: participation.nonce,
      questionnaires,
      ...linkFields(participation),
    };
    try {
      return { text: toTextCode(result), qr: toQrPayload(result), file: toResultFile(result) };
    } catch {
      // The store keeps inconsistent participations aside; this is the last line of defence.
      return null;
    }
  }, [participation]);

  if (!participation && withdrawal) return <WithdrawalView withdrawal={withdrawal} />;
  if (!participation || !forms) {
    return (
      <section>
        <h1>{t('handoverTitle')}</h1>
        <p role="alert">{t('notFound')}</p>
        <Link to="/">{t('back')}</Link>
      </section>
    );
  }

  const code = formatJoinCode(participation.workshopCode);
  const fileName = `modusspiegel-result-${participation.workshopCode}.json`;
  return (
    <section className="handover">
      <h1>{t('handoverTitle')}</h1>
      {unsaved && (
        <p role="alert" className="notice notice-error">
          {t('handoverNotSaved')}
        </p>
      )}
      {(participation.replaces !== undefined || participation.chain !== undefined) && <p className="notice notice-warning">{t('handoverReplaces')}</p>}
      {newer && (
        <p role="alert" className="notice notice-warning">
          {t('handoverReplacedBy')} <Link to={`/handover/${newer.id}`}>{t('handoverNewest')}</Link>
        </p>
      )}
      <p>{t('handoverIntro')}</p>
      <CodeHandover
        text={forms.text}
        qr={forms.qr}
        texts={{ qrLabel: t('qrLabel', { code }), codeLabel: t('textCodeLabel'), copy: t('copy'), copied: t('copied'), copyFailed: t('copyFailed') }}
      >
        {(say) => (
          <>
            <button type="button" onClick={() => downloadText(fileName, forms.file)}>
              {t('download')}
            </button>
            {canShareFiles() && (
              <button
                type="button"
                onClick={() => {
                  void shareText(fileName, forms.file).then((outcome) => {
                    if (outcome === 'failed') say(t('shareFailed'));
                  });
                }}
              >
                {t('share')}
              </button>
            )}
          </>
        )}
      </CodeHandover>
      <p className="hint">{t('anonymous')}</p>
      {participation.resultIds.length > 0 ? (
        <p className="button-row">
          {participation.resultIds.map((resultId, i) => {
            const part = participation.parts[i];
            return i === 0 || !part ? (
              <Link key={resultId} className="button" to={`/result/${resultId}`}>
                {t('ownResult')}
              </Link>
            ) : (
              <Link key={resultId} className="button" to={`/result/${resultId}`}>
                {t('ownResultAlso', { name: String(t(`questionnaireName.${instrumentTextKey(part.instrumentId)}` as never)) })}
              </Link>
            );
          })}
        </p>
      ) : (
        <p>{t('resultHidden')}</p>
      )}
      <WithdrawSection workshopCode={participation.workshopCode} />
      <EarlierParticipations exclude={participation.id} />
    </section>
  );
}
