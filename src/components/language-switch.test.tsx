import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';
import { setTestLanguage } from '../testing/render';
import { LANGUAGE_STORAGE_KEY } from '../lib/i18n';

function Probe() {
  const { t } = useTranslation();
  return <p>{t('privacy')}</p>;
}

describe('LanguageSwitch', () => {
  it('switches every text, marks the active language and remembers the choice', async () => {
    await setTestLanguage('nl');
    const user = userEvent.setup();
    render(
      <>
        <LanguageSwitch />
        <Probe />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByText(/Your answers stay on this device/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });
});
