import { CURRENT_CLIENT_FORM } from '../../model/instruments/client-check';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useClientStore } from '../../stores/client-store';
import { generateWorkshopCode } from '../../model/codec/workshop-code';
import { isClientView, normaliseMinClients, PROFESSIONAL_WORDS, type ClientCollection, type ClientSetting, type MirrorScope, type ProfessionalWord } from '../../model/client/collection';
import { ABSOLUTE_MIN_RESPONDENTS, DEFAULT_MIN_RESPONDENTS } from '../../model/team/anonymity';
import { secureRandom } from '../../lib/random';
import { formatDate } from '../../lib/format';

/** `#/clients`: the professional's conversations with clients and collections of clients' views. */
export default function ClientsPage() {
  const { t } = useTranslation('client');
  usePageTitle(t('overview.title'));
  const collections = useClientStore((s) => s.collections);
  return (
    <section className="clients-page">
      <h1>{t('overview.title')}</h1>
      <p>{t('overview.intro')}</p>
      <p className="hint">{t('overview.keptApart')}</p>
      <CollectionList collections={collections} />
      <CreateCollectionForm />
    </section>
  );
}

function CollectionList({ collections }: { collections: readonly ClientCollection[] }) {
  const { t, i18n } = useTranslation('client');
  const lng = i18n.resolvedLanguage ?? 'nl';
  const [toDelete, setToDelete] = useState<ClientCollection | null>(null);
  return (
    <section aria-labelledby="collections-title">
      <h2 id="collections-title">{t('overview.listTitle')}</h2>
      {collections.length === 0 ? (
        <p>{t('overview.none')}</p>
      ) : (
        <ul className="collection-list">
          {collections.map((c) => {
            const word = t(`words.${c.word}`);
            const date = formatDate(c.createdAt, lng);
            const summary =
              c.setting === 'table'
                ? t('overview.summaryTable', { word, date })
                : t('overview.summaryCollected', { word, date, count: c.results.filter(isClientView).length });
            return (
              <li key={c.id}>
                <Link to={`/clients/${c.id}`}>{summary}</Link>
                {c.scope === 'team' && <span> · {t('overview.summaryTeam')}</span>}{' '}
                <button type="button" className="link-button" onClick={() => setToDelete(c)} aria-label={`${t('overview.delete')}: ${summary}`}>
                  {t('overview.delete')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('overview.delete')}
        confirmLabel={t('overview.delete')}
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          if (toDelete) useClientStore.getState().remove(toDelete.id);
          setToDelete(null);
        }}
      >
        <p>{t('overview.deleteConfirm')}</p>
      </ConfirmDialog>
    </section>
  );
}

function CreateCollectionForm() {
  const { t } = useTranslation('client');
  const navigate = useNavigate();
  const [setting, setSetting] = useState<ClientSetting>('table');
  const [scope, setScope] = useState<MirrorScope>('own');
  const [word, setWord] = useState<ProfessionalWord>('begeleider');
  const [min, setMin] = useState(String(DEFAULT_MIN_RESPONDENTS));
  const ids = { title: useId(), word: useId(), min: useId(), minHint: useId(), setting: useId(), scope: useId() };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const id = crypto.randomUUID();
    await useClientStore.getState().create({
      id,
      code: generateWorkshopCode(secureRandom),
      setting,
      // At the table one client meets one professional: the comparison is with one's own mirror form.
      scope: setting === 'table' ? 'own' : scope,
      word,
      minClients: normaliseMinClients(Number(min)),
      createdAt: new Date().toISOString(),
      formVersion: CURRENT_CLIENT_FORM,
      results: [],
      shown: [],
    });
    void navigate(`/clients/${id}`);
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="panel form" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('overview.newTitle')}</h2>
      <fieldset className="choice-group">
        <legend>{t('overview.settingLegend')}</legend>
        {(['table', 'collected'] as const).map((value) => (
          <div key={value} className="checkbox-row">
            <input id={`${ids.setting}-${value}`} type="radio" name={ids.setting} checked={setting === value} onChange={() => setSetting(value)} aria-describedby={`${ids.setting}-${value}-hint`} />
            <label htmlFor={`${ids.setting}-${value}`}>{t(`overview.${value}`)}</label>
            <p className="hint" id={`${ids.setting}-${value}-hint`}>
              {t(value === 'table' ? 'overview.tableHint' : 'overview.collectedHint', { min: normaliseMinClients(Number(min)) })}
            </p>
          </div>
        ))}
      </fieldset>
      {setting === 'collected' && (
        <>
          <fieldset className="choice-group">
            <legend>{t('overview.scopeLegend')}</legend>
            {(['own', 'team'] as const).map((value) => (
              <div key={value} className="checkbox-row">
                <input id={`${ids.scope}-${value}`} type="radio" name={ids.scope} checked={scope === value} onChange={() => setScope(value)} />
                <label htmlFor={`${ids.scope}-${value}`}>{t(`overview.${value}`)}</label>
              </div>
            ))}
            {scope === 'team' && <p className="hint">{t('overview.teamHint')}</p>}
          </fieldset>
          <label htmlFor={ids.min}>{t('overview.minLabel')}</label>
          <input id={ids.min} type="number" inputMode="numeric" min={ABSOLUTE_MIN_RESPONDENTS} value={min} onChange={(e) => setMin(e.target.value)} aria-describedby={ids.minHint} />
          <p className="hint" id={ids.minHint}>
            {t('overview.minHint')}
          </p>
        </>
      )}
      <label htmlFor={ids.word}>{t('overview.wordLabel')}</label>
      <select id={ids.word} value={word} onChange={(e) => setWord(e.target.value as ProfessionalWord)}>
        {PROFESSIONAL_WORDS.map((w) => (
          <option key={w} value={w}>
            {t(`words.${w}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="primary">
        {t('overview.create')}
      </button>
    </form>
  );
}
