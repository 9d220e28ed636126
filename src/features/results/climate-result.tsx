import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import type { ClimateResult } from './use-result-view';
import { NotSavedNotice } from './not-saved-notice';
import { ClimateSummary } from './climate-summary';
import { ClimateTemperature } from './climate-temperature';
import { ClimateElements } from './climate-elements';
import { ClimateMeanings } from './climate-meanings';
import { ClimateReflection } from './climate-reflection';
import { ClimateEarlier } from './climate-earlier';
import { OwnAnswers } from './own-answers';
import { KeepCopyReminder } from './keep-copy-reminder';

interface ClimateResultViewProps {
  current: ClimateResult;
  earlier: readonly ClimateResult[];
  /** The device could not keep the result (the flow that made it says so). */
  unsaved: boolean;
}

/**
 * One person's team climate result (docs/climate.md): how they see the team, per element and as
 * a temperature with its band, energy beside it, the coldest element with questions for it, and
 * what the elements mean. Printable with the result page's print stylesheet.
 */
export function ClimateResultView({ current, earlier, unsaved }: ClimateResultViewProps) {
  const { t, i18n } = useTranslation(['results', 'common', 'about']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const { climate, saved } = current;
  return (
    <article className="result result-climate">
      <header className="result-header">
        <h1>{t('results:climate.pageTitle')}</h1>
        <p className="hint">{t('results:completedOn', { date: formatDate(saved.completedAt, lng) })}</p>
        {/* In print this sentence moves to the closing line, with the date. */}
        <p className="no-print">{t('common:conversationTool')}</p>
      </header>
      {unsaved && <NotSavedNotice saved={saved} />}
      <p className="climate-intro">{t('results:climate.intro')}</p>
      <ClimateSummary climate={climate} />
      <div className="chart-grid">
        <ClimateTemperature climate={climate} />
        <ClimateElements climate={climate} />
      </div>
      <ClimateReflection climate={climate} />
      <ClimateMeanings />
      <OwnAnswers saved={saved} />
      <ClimateEarlier current={current} all={earlier} />
      <KeepCopyReminder />
      {/* Only on paper: when and what this is, under the report (result-print.css). */}
      <p className="print-only print-line">
        {t('results:completedOn', { date: formatDate(saved.completedAt, lng) })}. {t('common:conversationTool')}
      </p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('results:print')}
        </button>
        <Link className="button" to="/history">
          {t('results:allResults')}
        </Link>
        <Link className="button" to="/about">
          {t('about:link')}
        </Link>
      </div>
    </article>
  );
}
