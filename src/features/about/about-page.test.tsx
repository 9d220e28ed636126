import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import AboutPage from './about-page';
import { renderAt } from '../../testing/render';
import type { Language } from '../../lib/i18n';
import nl from '../../../locales/nl/about.json';
import en from '../../../locales/en/about.json';
import { withPersonWord } from '../../testing/person-text';

const page = (lng: Language) => renderAt('/about', [{ path: '/about', element: <AboutPage /> }], lng);

describe.each([
  ['nl', nl],
  ['en', en],
] as const)('AboutPage in %s', (lng, texts) => {
  it('has one h1 and headings in order, without skipping a level', async () => {
    await page(lng);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: texts.pageTitle })).toBeInTheDocument();
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    levels.forEach((level, i) => {
      if (i > 0) expect(level - (levels[i - 1] ?? 1)).toBeLessThanOrEqual(1);
    });
    for (const title of [texts.origin.title, texts.modes.title, texts.whyMet.title, texts.caring.title, texts.chain.title, texts.tool.title]) {
      expect(screen.getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
    }
  });

  it('shows each mode with two examples and its textbook names explained', async () => {
    await page(lng);
    for (const mode of ['MET', 'VOOR', 'NIET', 'DOOR'] as const) {
      const section = screen.getByRole('region', { name: texts.modes[mode].title });
      expect(within(section).getByRole('heading', { level: 3 })).toHaveTextContent(texts.modes[mode].title);
      const examples = within(section).getAllByRole('listitem').map((li) => li.textContent);
      expect(examples).toEqual([withPersonWord(texts.modes[mode].example1, lng), withPersonWord(texts.modes[mode].example2, lng)]);
      expect(within(section).getByText(texts.modes[mode].terms)).toBeInTheDocument();
    }
  });

  it('lists the four steps from contact to reciprocity in order', async () => {
    await page(lng);
    const chain = screen.getByRole('region', { name: texts.chain.title });
    const steps = within(chain).getAllByRole('listitem').map((li) => li.textContent);
    expect(steps).toEqual([texts.chain.contact, texts.chain.trust, texts.chain.loyalty, texts.chain.reciprocity]);
  });

  it('describes the drawing of the window in words', async () => {
    await page(lng);
    const image = screen.getByRole('img', { name: `${texts.figure.title} ${texts.figure.description}` });
    expect(image).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: texts.figure.caption })).toContainElement(image);
  });

  it('links to the self-check and back to the start', async () => {
    await page(lng);
    expect(screen.getByRole('link', { name: texts.startSelfCheck })).toHaveAttribute('href', '/self-check');
    expect(screen.getByRole('link', { name: texts.toHome })).toHaveAttribute('href', '/');
  });
});
