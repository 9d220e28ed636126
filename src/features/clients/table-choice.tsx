import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Two ways on for a table conversation that already has a client (decision 55). */
export function TableChoice(props: { title: string; text: string; onNew: () => void; newLabel: string; onReplace: () => void; replaceLabel: string; back?: string }) {
  const { t } = useTranslation('client');
  return (
    <section aria-labelledby="table-choice-title" className="table-choice">
      <h1 id="table-choice-title">{props.title}</h1>
      <p>{props.text}</p>
      <p>
        <button type="button" className="primary big-button" onClick={props.onNew}>
          {props.newLabel}
        </button>
      </p>
      <p className="hint">{t('table.newConversationHint')}</p>
      <p>
        <button type="button" className="big-button" onClick={props.onReplace}>
          {props.replaceLabel}
        </button>
      </p>
      <p className="hint">{t('table.replaceHint')}</p>
      {props.back && <Link to={props.back}>{t('table.backToConversation')}</Link>}
    </section>
  );
}
