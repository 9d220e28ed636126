import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function ErrorMessage() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('error.title')}</h1>
      <p role="alert">{t('error.body')}</p>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
