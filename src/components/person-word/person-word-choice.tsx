import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonWordStore } from '../../stores/person-word-store';
import { PERSON_WORDS, type PersonWord } from '../../model/people/person-word';

interface PersonWordFieldsetProps {
  value: PersonWord;
  onChange: (word: PersonWord) => void;
  legend: string;
  hint: string;
}

/** The six words as one radio group; also used by the workshop form, with its own legend and hint. */
export function PersonWordFieldset({ value, onChange, legend, hint }: PersonWordFieldsetProps) {
  const { t } = useTranslation('common');
  const id = useId();
  return (
    <fieldset className="choice-group person-word-choice" aria-describedby={`${id}-hint`}>
      <legend>{legend}</legend>
      {PERSON_WORDS.map((word) => (
        <div key={word} className="checkbox-row">
          <input id={`${id}-${word}`} type="radio" name={id} value={word} checked={value === word} onChange={() => onChange(word)} />
          <label htmlFor={`${id}-${word}`}>{t(`person.choice.options.${word}`)}</label>
        </div>
      ))}
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
    </fieldset>
  );
}

/**
 * Who the professional works with, chosen once on this device and changeable (decision 85). Open
 * until a word was chosen; after that one line with the word and a button to change it. A choice
 * counts at once: there is nothing to confirm, and the group stays open while it is used.
 */
export function PersonWordChoice() {
  const { t } = useTranslation('common');
  const { word, chosen, choose } = usePersonWordStore();
  const [open, setOpen] = useState(!chosen);
  if (!open) {
    return (
      <p className="person-word-current">
        {t('person.choice.current', { words: t('person.words', { context: word }) })}{' '}
        <button type="button" onClick={() => setOpen(true)}>
          {t('person.choice.change')}
        </button>
      </p>
    );
  }
  return <PersonWordFieldset value={word} onChange={choose} legend={t('person.choice.legend')} hint={t('person.choice.hint')} />;
}
