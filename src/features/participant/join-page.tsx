import { useId, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { joinCodeOptions } from '../../model/workshop/join-code';
import { normaliseWorkshopCode } from '../../model/codec/workshop-code';
import { NAME_MAX_LENGTH } from '../../model/codec/participant-name';
import { EarlierParticipations } from './earlier-participations';

export default function JoinPage() {
  const { t } = useTranslation(['participant']);
  usePageTitle(t('participant:joinTitle'));
  const navigate = useNavigate();
  const params = useParams();
  const [code, setCode] = useState(params.code ?? '');
  const [name, setName] = useState('');
  const [error, setError] = useState<'codeEmpty' | 'codeInvalid' | null>(null);
  const ids = { code: useId(), codeHint: useId(), name: useId(), nameHint: useId(), error: useId() };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim() === '') return setError('codeEmpty');
    if (!joinCodeOptions(code)) return setError('codeInvalid');
    const canonical = normaliseWorkshopCode(code);
    const query = name.trim() ? `?name=${encodeURIComponent(name.trim())}` : '';
    void navigate(`/join/${canonical}/answer${query}`);
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
        <label htmlFor={ids.name}>{t('participant:nameLabel')}</label>
        <input
          id={ids.name}
          value={name}
          maxLength={NAME_MAX_LENGTH}
          onChange={(e) => setName(e.target.value)}
          autoComplete="off"
          aria-describedby={ids.nameHint}
        />
        <p id={ids.nameHint} className="hint">
          {t('participant:nameHint')}
        </p>
        <button type="submit" className="primary">
          {t('participant:join')}
        </button>
      </form>
      <EarlierParticipations />
    </section>
  );
}
