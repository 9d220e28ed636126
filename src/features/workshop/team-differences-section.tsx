import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { instrumentTextKey } from '../../model/instruments/registry';
import type { Instrument } from '../../model/instruments/types';
import type { ShownTeamProfile } from '../../model/team/types';
import { usePersonText } from '../../components/person-word/use-person-word';
import type { PersonWord } from '../../model/people/person-word';

interface TeamDifferencesSectionProps {
  profile: ShownTeamProfile;
  instrument: Instrument;
  headingId: string;
  heading: string;
  /** The workshop's word for the people worked with, as on the phones (decision 85). */
  personWord?: PersonWord;
}

/** One opening question per place in the list, so three statements do not repeat one prompt. */
const QUESTIONS = ['question1', 'question2', 'question3'] as const;

/**
 * Step 3: the statements with the most disagreement, each as a question for the room. Without
 * the number of answers: "(5 answers)" in a room of six tells everyone that someone skipped it.
 */
export function TeamDifferencesSection({ profile, instrument, headingId, heading, personWord }: TeamDifferencesSectionProps) {
  const { t, i18n } = useTranslation(['team', 'instrument']);
  const pt = usePersonText(personWord ?? 'client');
  const lng = i18n.resolvedLanguage ?? 'nl';
  const textKey = instrumentTextKey(instrument.id);
  return (
    <section aria-labelledby={headingId} className="team-step team-step-differences">
      <h3 id={headingId} tabIndex={-1}>
        {heading}
      </h3>
      {profile.disagreement.length === 0 ? (
        <p className="team-lead">{t('team:differences.none')}</p>
      ) : (
        <>
          <p className="team-intro">{t('team:differences.intro')}</p>
          <ol className="team-differences">
            {profile.disagreement.map((item, index) => (
              <li key={item.itemId}>
                <p className="team-statement">{pt(`instrument:${textKey}.items.${item.itemId}`)}</p>
                <p className="team-question">{t(`team:differences.${QUESTIONS[index % QUESTIONS.length] ?? 'question1'}`)}</p>
                <p className="hint">{t('team:differences.spread', { sd: formatNumber(item.sd, lng, 1) })}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
