import { useId, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { readJoinCode } from '../../model/workshop/join-code';
import { EarlierParticipations } from './earlier-participations';
import { personWordOf, personWordQuery } from '../../lib/join-url';

export default function JoinPage() {
  const { t } = useTranslation(['participant']);
  usePageTitle(t('participant:joinTitle'));
  const navigate = useNavigate();
  const params = useParams();
  const search = new URLSearchParams(useLocation().search);
  const [code, setCode] = useState(params.code ?? '');
  // A scanned join link from a newer app says so at once; any other error waits for "Join".
  const [error, setError] = useState<'codeEmpty' | 'codeInvalid' | 'codeNewer' | null>(() =>
    params.code && readJoinCode(params.code).kind === 'newer' ? 'codeNewer' : null,
  );
  const ids = { code: useId(), codeHint: useId(), error: useId() };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim() === '') return setError('codeEmpty');
    const reading = readJoinCode(code);
    if (reading.kind === 'invalid') return setError('codeInvalid');
    if (reading.kind === 'newer') return setError('codeNewer');
    // The word the join link carries goes on with its own code only, never with a code typed over it.
    const linked = params.code !== undefined && readJoinCode(params.code);
    const sameCode = linked && linked.kind !== 'invalid' && linked.code === reading.code;
    void navigate(`/join/${reading.code}/answer${sameCode ? personWordQuery(personWordOf(search)) : ''}`);
  };

  return (
    <section className="join">
      <h1>{t('participant:joinTitle')}</h1>
      <p>{t('participant:joinIntro')}</p>
      <form onSubmit={submit} noValidate className="panel form">
        <label htmlFor={ids.code}>{t('participant:codeLabel')}</label>
        <input
          id={ids.code}
          className="code-input"
          value={code}
          onChange={(e) => {
            setCode(e.target.value);
            setError(null);
          }}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby={error ? `${ids.codeHint} ${ids.error}` : ids.codeHint}
          aria-invalid={error !== null}
        />
        <p id={ids.codeHint} className="hint">
          {t('participant:codeHint')}
        </p>
        {error && (
          <p id={ids.error} role="alert" className="notice notice-error">
            {t(`participant:${error}`)}
          </p>
        )}
        <button type="submit" className="primary">
          {t('participant:join')}
        </button>
      </form>
      <EarlierParticipations />
    </section>
  );
}
