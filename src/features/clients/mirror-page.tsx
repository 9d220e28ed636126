import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { usePersonText } from '../../components/person-word/use-person-word';
import { QuestionnaireRunner } from '../../components/questionnaire/questionnaire-runner';
import { useClientCollection, useClientStore } from '../../stores/client-store';
import { formsOf, resultOfForm } from '../../model/client/collection';
import { randomNonce } from '../../model/codec/result-code';
import { secureRandom } from '../../lib/random';

/** `#/clients/:id/mirror`: the professional's own mirror form, kept with the conversation, not in the history. */
export default function MirrorPage() {
  const { t } = useTranslation(['client', 'instrument']);
  // The mirror form names the people worked with by the word chosen on this device (decision 85).
  const pt = usePersonText();
  const title = pt('instrument:clientMirror.title');
  usePageTitle(title);
  const { id } = useParams();
  const navigate = useNavigate();
  const collection = useClientCollection(id);
  if (!collection) {
    return (
      <section>
        <h1>{title}</h1>
        <p role="alert">{t('client:collection.notFound')}</p>
        <Link to="/clients">{t('client:collection.back')}</Link>
      </section>
    );
  }
  // The conversation's own form version (decision 88): its mirror form has the same statements as its clients' form.
  const { mirror } = formsOf(collection);
  return (
    <section className="questionnaire-page">
      <h1 className="page-kicker">{title}</h1>
      <QuestionnaireRunner
        session={`mirror-own:${collection.id}`}
        instrument={mirror}
        finishLabel={t('client:phone.finish')}
        onFinish={async (answers) => {
          await useClientStore.getState().setOwnMirror(collection.id, resultOfForm(collection.code, mirror, answers, randomNonce(secureRandom)));
          void navigate(`/clients/${collection.id}`, { replace: true });
        }}
      />
    </section>
  );
}
