import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CodeHandover, type CodeHandoverTexts } from './code-handover';
import { setTestLanguage } from '../../testing/render';

const TEXTS: CodeHandoverTexts = {
  qrLabel: 'QR-code met je resultaat',
  codeLabel: 'Je resultaatcode',
  copy: 'Kopieer de code',
  copied: 'De code is gekopieerd.',
  copyFailed: 'Kopiëren lukt niet.',
};
const CODE = 'MS3-ABCD-EFGH-JKMN';

async function show(children?: Parameters<typeof CodeHandover>[0]['children']) {
  await setTestLanguage('nl');
  const user = userEvent.setup();
  render(
    <CodeHandover text={CODE} qr={`MS3${CODE}`} texts={TEXTS}>
      {children}
    </CodeHandover>,
  );
  return user;
}

describe('CodeHandover', () => {
  const clipboard = Object.getOwnPropertyDescriptor(globalThis.navigator, 'clipboard');
  afterEach(() => {
    if (clipboard) Object.defineProperty(globalThis.navigator, 'clipboard', clipboard);
    else Reflect.deleteProperty(globalThis.navigator, 'clipboard');
  });

  it('shows the code as text under its label and as a QR image with its own label', async () => {
    await show();
    // Text, not an image or an input: a reader can select it, a screen reader reads it.
    const code = screen.getByRole('status', { name: 'Je resultaatcode' });
    expect(code).toHaveTextContent(CODE);
    expect(code.tagName).toBe('OUTPUT');
    expect(await screen.findByRole('img', { name: 'QR-code met je resultaat' })).toHaveAttribute('src', expect.stringMatching(/^data:image\/png/));
  });

  it('copies the code and says so on the status line', async () => {
    const user = await show();
    await user.click(screen.getByRole('button', { name: 'Kopieer de code' }));
    expect(await navigator.clipboard.readText()).toBe(CODE);
    expect(await screen.findByText('De code is gekopieerd.')).toHaveAttribute('role', 'status');
  });

  it('tells the reader to copy it by hand when the browser refuses', async () => {
    const user = await show();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Kopieer de code' }));
    expect(await screen.findByText('Kopiëren lukt niet.')).toHaveAttribute('role', 'status');
  });

  it('tells the same when the browser has no clipboard at all', async () => {
    const user = await show();
    Object.defineProperty(globalThis.navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Kopieer de code' }));
    expect(await screen.findByText('Kopiëren lukt niet.')).toHaveAttribute('role', 'status');
  });

  it('puts extra buttons next to copy; they can use the status line', async () => {
    const user = await show((say) => (
      <button type="button" onClick={() => say('Delen lukte niet.')}>
        Deel het bestand
      </button>
    ));
    const share = screen.getByRole('button', { name: 'Deel het bestand' });
    expect(share.parentElement).toBe(screen.getByRole('button', { name: 'Kopieer de code' }).parentElement);
    await user.click(share);
    expect(await screen.findByText('Delen lukte niet.')).toHaveAttribute('role', 'status');
  });
});
