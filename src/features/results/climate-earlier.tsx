import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import type { ClimateResult } from './use-result-view';
import { useClimateWords } from './climate-words';

/** The person's other team climate results, each with its date, band and temperature. */
export function ClimateEarlier({ current, all }: { current: ClimateResult; all: readonly ClimateResult[] }) {
  const { t, lng, band, num } = useClimateWords();
  if (all.length < 2) return null;
  const text = (r: ClimateResult) => {
    const date = formatDate(r.saved.completedAt, lng);
    const { reading, temperature } = r.climate;
    return reading && temperature !== null
      ? t('results:climate.earlierItem', { date, band: band(reading.band), temperature: num(temperature) })
      : t('results:climate.earlierItemNone', { date });
  };
  return (
    <section aria-labelledby="climate-earlier-title" className="climate-earlier">
      <h2 id="climate-earlier-title">{t('results:climate.earlierTitle')}</h2>
      <ul>
        {all.map((r) => (
          <li key={r.saved.id}>
            {r.saved.id === current.saved.id ? (
              <span aria-current="page">
                {text(r)} {t('results:current')}
              </span>
            ) : (
              <Link to={`/result/${r.saved.id}`}>{text(r)}</Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
