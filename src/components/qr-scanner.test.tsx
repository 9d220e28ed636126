import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QrScanner } from './qr-scanner';
import { setTestLanguage } from '../testing/render';

// jsdom has no camera and no canvas: the detector is replaced by one that always sees a code.
const detected = vi.hoisted(() => ({ texts: ['MS1ABCDEF'] }));
vi.mock('../lib/qr-decode', () => ({
  createQrDetector: async () => async () => detected.texts,
}));

function setMediaDevices(value: Partial<MediaDevices> | undefined) {
  Object.defineProperty(navigator, 'mediaDevices', { value, configurable: true });
}

function fakeStream() {
  const track = { stop: vi.fn(), addEventListener: vi.fn(), getSettings: () => ({ facingMode: 'environment' }) };
  const stream = { getTracks: () => [track], getVideoTracks: () => [track] } as unknown as MediaStream;
  return { stream, track };
}

const readyState = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'readyState');

beforeEach(() => {
  detected.texts = ['MS1ABCDEF'];
  vi.stubGlobal('isSecureContext', true);
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  Object.defineProperty(HTMLMediaElement.prototype, 'readyState', { get: () => 4, configurable: true });
});

afterEach(() => {
  delete (navigator as { mediaDevices?: unknown }).mediaDevices;
  if (readyState) Object.defineProperty(HTMLMediaElement.prototype, 'readyState', readyState);
  vi.unstubAllGlobals();
});

describe('QrScanner', () => {
  it('waits for the button, then explains a refusal and offers the other ways', async () => {
    await setTestLanguage('nl');
    const getUserMedia = vi.fn().mockRejectedValue(new DOMException('Permission denied', 'NotAllowedError'));
    setMediaDevices({ getUserMedia });
    const user = userEvent.setup();
    render(<QrScanner onCode={() => 'accepted'} />);
    expect(getUserMedia).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Camera starten' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Deze pagina mag de camera niet gebruiken.');
    expect(alert).toHaveTextContent('typ of plak de resultaatcode, of sleep een resultaatbestand');
    expect(screen.getByRole('button', { name: 'Camera starten' })).toBeInTheDocument();
  });

  it('says when the browser has no camera API at all, in English too', async () => {
    await setTestLanguage('en');
    setMediaDevices(undefined);
    const user = userEvent.setup();
    render(<QrScanner onCode={() => 'accepted'} />);
    await user.click(screen.getByRole('button', { name: 'Start camera' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This browser cannot use the camera.');
    expect(alert).toHaveTextContent('type or paste the result code, or drop a result file');
  });

  it('reports a code held in view once, and stops the camera on the button and on unmount', async () => {
    await setTestLanguage('nl');
    const first = fakeStream();
    const second = fakeStream();
    setMediaDevices({ getUserMedia: vi.fn().mockResolvedValueOnce(first.stream).mockResolvedValueOnce(second.stream) });
    const onCode = vi.fn((): 'accepted' | 'refused' => 'accepted');
    const user = userEvent.setup();
    const { unmount } = render(<QrScanner onCode={onCode} />);

    await user.click(screen.getByRole('button', { name: 'Camera starten' }));
    expect(await screen.findByLabelText('Camerabeeld voor het scannen van QR-codes')).toBeVisible();
    await waitFor(() => expect(onCode).toHaveBeenCalledWith('MS1ABCDEF'));
    // The same code in view for several more scans (200 ms apart) still counts once.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(onCode).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('1 QR-code gelezen');

    detected.texts = ['MS1ABCDEF', 'MS1GHJKMN'];
    await waitFor(() => expect(onCode).toHaveBeenCalledWith('MS1GHJKMN'));
    expect(onCode).toHaveBeenCalledTimes(2);

    await user.click(screen.getByRole('button', { name: 'Camera stoppen' }));
    expect(first.track.stop).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Camera starten' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Camera starten' }));
    await screen.findByRole('button', { name: 'Camera stoppen' });
    unmount();
    expect(second.track.stop).toHaveBeenCalled();
  });
});
