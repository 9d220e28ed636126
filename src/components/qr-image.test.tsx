import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QrImage } from './qr-image';
import { setTestLanguage } from '../testing/render';

describe('QrImage', () => {
  it('shows a placeholder, then the code as a PNG data: image with its label', async () => {
    await setTestLanguage('nl');
    render(<QrImage value="MS1ABCDEFGHJKMNPQRSTVWXYZ0123456789" label="QR-code van je resultaat" size={240} />);
    expect(screen.getByText('De app maakt de QR-code…')).toBeInTheDocument();
    const image = await screen.findByRole('img', { name: 'QR-code van je resultaat' });
    expect(image.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(image).toHaveAttribute('width', '240');
    expect(image.style.imageRendering).toBe('pixelated');
  });

  it('makes a new image when the value changes', async () => {
    await setTestLanguage('nl');
    const { rerender } = render(<QrImage value="MS1AAAA" label="code" />);
    const first = (await screen.findByRole('img', { name: 'code' })).getAttribute('src');
    rerender(<QrImage value="MS1BBBB" label="code" />);
    // Never the old image for the new value: first the placeholder, then the new code.
    expect(screen.queryByRole('img', { name: 'code' })).toBeNull();
    const second = (await screen.findByRole('img', { name: 'code' })).getAttribute('src');
    expect(second).toMatch(/^data:image\/png/);
    expect(second).not.toBe(first);
  });

  it('says so, in the reader\'s language, when the text does not fit in a QR code', async () => {
    await setTestLanguage('en');
    render(<QrImage value={'X'.repeat(5000)} label="too long" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The app could not make the QR code.');
  });
});
