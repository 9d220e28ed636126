import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { MODES } from '../../model/instruments/types';
import { WindowFigure } from './window-figure';
import './about.css';
import { usePersonText } from '../../components/person-word/use-person-word';

/**
 * Background to the window: where it comes from, the four modes with everyday examples and the
 * textbook names (which judge, so the result pages avoid them), why MET is the aim, and that the
 * tool starts a conversation rather than giving a verdict.
 */
export default function AboutPage() {
  const { t } = useTranslation(['about', 'common']);
  const pt = usePersonText();
  usePageTitle(t('about:pageTitle'));
  return (
    <article className="about">
      <h1>{t('about:pageTitle')}</h1>
      <p className="lead">{t('about:lead')}</p>
      <p>{t('common:conversationTool')}</p>

      <section aria-labelledby="about-origin">
        <h2 id="about-origin">{t('about:origin.title')}</h2>
        <p>{t('about:origin.text1')}</p>
        <p>{t('about:origin.text2')}</p>
        <p>{t('about:origin.text3')}</p>
        <p>{t('about:origin.text4')}</p>
      </section>

      <section aria-labelledby="about-axes">
        <h2 id="about-axes">{t('about:axes.title')}</h2>
        <ul>
          <li>{t('about:axes.support')}</li>
          <li>{t('about:axes.expectations')}</li>
        </ul>
        <p>{t('about:axes.together')}</p>
        <WindowFigure />
      </section>

      <section aria-labelledby="about-modes">
        <h2 id="about-modes">{t('about:modes.title')}</h2>
        <p>{t('about:modes.intro')}</p>
        {MODES.map((mode) => (
          <section key={mode} aria-labelledby={`about-mode-${mode}`} className={`mode-card mode-${mode.toLowerCase()}`}>
            <h3 id={`about-mode-${mode}`}>{t(`about:modes.${mode}.title`)}</h3>
            <p>{t(`about:modes.${mode}.plain`)}</p>
            <p>{t('about:modes.examples')}</p>
            <ul>
              <li>{pt(`about:modes.${mode}.example1`)}</li>
              <li>{pt(`about:modes.${mode}.example2`)}</li>
            </ul>
            <p className="hint">{t(`about:modes.${mode}.terms`)}</p>
          </section>
        ))}
      </section>

      <section aria-labelledby="about-why">
        <h2 id="about-why">{t('about:whyMet.title')}</h2>
        <p>{t('about:whyMet.text1')}</p>
        <p>{t('about:whyMet.text2')}</p>
      </section>

      <section aria-labelledby="about-caring">
        <h2 id="about-caring">{t('about:caring.title')}</h2>
        <ul>
          <li>{t('about:caring.for')}</li>
          <li>{t('about:caring.that')}</li>
        </ul>
        <p>{t('about:caring.aim')}</p>
      </section>

      <section aria-labelledby="about-chain">
        <h2 id="about-chain">{t('about:chain.title')}</h2>
        <p>{t('about:chain.intro')}</p>
        <ol>
          <li>{t('about:chain.contact')}</li>
          <li>{t('about:chain.trust')}</li>
          <li>{t('about:chain.loyalty')}</li>
          <li>{t('about:chain.reciprocity')}</li>
        </ol>
      </section>

      <section aria-labelledby="about-climate">
        <h2 id="about-climate">{t('about:climate.title')}</h2>
        <p>{t('about:climate.text1')}</p>
        <p>{t('about:climate.text2')}</p>
      </section>

      <section aria-labelledby="about-tool">
        <h2 id="about-tool">{t('about:tool.title')}</h2>
        <p>{t('about:tool.text1')}</p>
        <p>{pt('about:tool.text2')}</p>
      </section>

      <div className="button-row">
        <Link className="button primary" to="/self-check">
          {t('about:startSelfCheck')}
        </Link>
        <Link className="button" to="/">
          {t('about:toHome')}
        </Link>
      </div>
    </article>
  );
}
