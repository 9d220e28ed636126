import { useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useWorkshopStore } from '../../stores/workshop-store';
import { latestInstrument } from '../../model/instruments/registry';
import type { Instrument } from '../../model/instruments/types';
import { createJoinCode, QUESTIONNAIRE_SET_IDS, type QuestionnaireSet } from '../../model/workshop/join-code';
import { MAX_WORKSHOP_NAME, normaliseMinRespondents } from '../../model/workshop/workshop';
import { ABSOLUTE_MIN_RESPONDENTS, DEFAULT_MIN_RESPONDENTS } from '../../model/team/anonymity';
import { secureRandom } from '../../lib/random';
import { PersonWordFieldset } from '../../components/person-word/person-word-choice';
import { usePersonWordStore } from '../../stores/person-word-store';
import type { PersonWord } from '../../model/people/person-word';

const SET_CHOICES = [
  { set: 'self-check', label: 'questionnairesSelfCheck' },
  { set: 'team-climate', label: 'questionnairesTeamClimate' },
  { set: 'both', label: 'questionnairesBoth' },
] as const satisfies readonly { set: QuestionnaireSet; label: string }[];

export function CreateWorkshopForm() {
  const { t } = useTranslation(['workshop', 'common']);
  const navigate = useNavigate();
  const create = useWorkshopStore((s) => s.create);
  const [name, setName] = useState('');
  const [min, setMin] = useState(String(DEFAULT_MIN_RESPONDENTS));
  const [hideOwn, setHideOwn] = useState(false);
  const [questionnaires, setQuestionnaires] = useState<QuestionnaireSet>('self-check');
  const [nameError, setNameError] = useState(false);
  // The facilitator's own word to start with: most teams work with the people the facilitator does.
  const [personWord, setPersonWord] = useState<PersonWord>(() => usePersonWordStore.getState().word);
  // A ref, not state: four submits in one tick all see the same state, and each made a workshop.
  const created = useRef(false);
  const ids = { title: useId(), name: useId(), nameError: useId(), setHint: useId(), min: useId(), minHint: useId(), hide: useId(), hideHint: useId() };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') return setNameError(true);
    if (created.current) return;
    created.current = true;
    const id = crypto.randomUUID();
    // Storage may refuse it (full): the workshop page then says so, and offers the file.
    void create({
      id,
      // The code carries the choice, so a phone knows what to ask without a server.
      code: createJoinCode(secureRandom, { hideOwnResult: hideOwn, questionnaires }),
      name: name.trim(),
      // The newest version of each: the one a participant's phone answers.
      questionnaires: QUESTIONNAIRE_SET_IDS[questionnaires]
        .map(latestInstrument)
        .filter((instrument): instrument is Instrument => instrument !== undefined)
        .map((instrument) => ({ instrumentId: instrument.id, instrumentVersion: instrument.version })),
      minRespondents: normaliseMinRespondents(Number(min)),
      hideOwnResult: hideOwn,
      createdAt: new Date().toISOString(),
      results: [],
      personWord,
    });
    void navigate(`/workshops/${id}`);
  };

  return (
    <form onSubmit={submit} noValidate className="panel form" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('createTitle')}</h2>
      <label htmlFor={ids.name}>{t('nameLabel')}</label>
      <input
        id={ids.name}
        value={name}
        maxLength={MAX_WORKSHOP_NAME}
        placeholder={t('namePlaceholder')}
        onChange={(e) => {
          setName(e.target.value);
          setNameError(false);
        }}
        aria-invalid={nameError}
        aria-describedby={nameError ? ids.nameError : undefined}
      />
      {nameError && (
        <p id={ids.nameError} role="alert" className="notice notice-error">
          {t('nameRequired')}
        </p>
      )}
      <fieldset className="choice-group" aria-describedby={ids.setHint}>
        <legend>{t('questionnairesLegend')}</legend>
        {SET_CHOICES.map(({ set, label }) => (
          <div key={set} className="checkbox-row">
            <input
              id={`${ids.setHint}-${set}`}
              type="radio"
              name={ids.setHint}
              value={set}
              checked={questionnaires === set}
              onChange={() => setQuestionnaires(set)}
            />
            <label htmlFor={`${ids.setHint}-${set}`}>{t(label)}</label>
          </div>
        ))}
      </fieldset>
      <p id={ids.setHint} className="hint">
        {t('questionnairesHint')}
      </p>
      <PersonWordFieldset value={personWord} onChange={setPersonWord} legend={t('common:person.choice.workshopLegend')} hint={t('common:person.choice.workshopHint')} />
      <label htmlFor={ids.min}>{t('minLabel')}</label>
      <input
        id={ids.min}
        type="number"
        inputMode="numeric"
        min={ABSOLUTE_MIN_RESPONDENTS}
        max={1000}
        value={min}
        onChange={(e) => setMin(e.target.value)}
        onBlur={() => setMin(String(normaliseMinRespondents(Number(min))))}
        aria-describedby={ids.minHint}
      />
      <p id={ids.minHint} className="hint">
        {t('minHint')}
      </p>
      <div className="checkbox-row">
        <input id={ids.hide} type="checkbox" checked={hideOwn} onChange={(e) => setHideOwn(e.target.checked)} aria-describedby={ids.hideHint} />
        <label htmlFor={ids.hide}>{t('hideOwnLabel')}</label>
      </div>
      <p id={ids.hideHint} className="hint">
        {t('hideOwnHint')}
      </p>
      <button type="submit" className="primary">
        {t('create')}
      </button>
    </form>
  );
}
