import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/table-scroll';
import { formatNumber } from '../../lib/format';
import { MIN_TEAMS_FOR_CORRELATION, type Correlation } from '../../model/overview/together';

/**
 * What goes together across teams: Spearman's ρ of a team's centre and its climate elements, with
 * its n, in words that describe and never explain (decision 96). Shown only from 8 teams.
 */
export function TeamsTogether({ together }: { together: readonly Correlation[] }) {
  const { t, i18n } = useTranslation('overview');
  const lng = i18n.resolvedLanguage ?? 'nl';
  const shown = together.filter((c) => c.rho !== null);
  const most = Math.max(0, ...together.map((c) => c.n));
  const words = (c: Correlation) =>
    c.strength === null || c.rho === null
      ? ''
      : t(`together.strength.${c.strength}`, {
          axis: t(`together.axis.${c.axis}`),
          element: t(`together.element.${c.element}`),
          direction: t(c.rho >= 0 ? 'together.higher' : 'together.lower'),
        });
  const caption = t('together.caption');
  return (
    <section className="overview-section" aria-labelledby="overview-together">
      <h2 id="overview-together">{t('together.title')}</h2>
      <p>{t('together.intro')}</p>
      {shown.length === 0 ? (
        <p>{t('together.tooFew', { min: MIN_TEAMS_FOR_CORRELATION, count: most })}</p>
      ) : (
        <>
          <TableScroll label={caption}>
            <table className="data-table overview-together">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('together.pair')}</th>
                  <th scope="col">{t('together.rho')}</th>
                  <th scope="col">{t('together.n')}</th>
                  <th scope="col">{t('together.words')}</th>
                </tr>
              </thead>
              <tbody>
                {together.map((c) => (
                  <tr key={`${c.axis}-${c.element}`}>
                    <th scope="row">{`${t(`table.columns.${c.axis}`)} – ${t(`table.columns.${c.element}`)}`}</th>
                    <td>{c.rho === null ? '–' : formatNumber(c.rho, lng, 2)}</td>
                    <td>{formatNumber(c.n, lng)}</td>
                    <td>{c.rho === null ? t('together.tooFew', { min: MIN_TEAMS_FOR_CORRELATION, count: c.n }) : words(c)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p>{t('together.notCause')}</p>
        </>
      )}
    </section>
  );
}
