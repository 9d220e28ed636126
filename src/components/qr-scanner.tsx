import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openCamera, stopCamera, type CameraFailure } from '../lib/camera';

interface QrScannerProps {
  /**
   * Called with the raw text of each newly seen QR code; validating it is the caller's job. The
   * answer picks the sound: a high beep for a code taken in, a low one for a code refused or
   * already there, so the facilitator hears the difference without looking.
   */
  onCode: (text: string) => 'accepted' | 'refused';
}

type ScannerState = { kind: 'idle' } | { kind: 'starting' } | { kind: 'running' } | { kind: 'failed'; reason: CameraFailure };

/** Time between two looks at the camera: fast enough to feel instant, light on a laptop. */
const SCAN_INTERVAL_MS = 200;
/** A code counts again only after it has been out of view this long. */
const REPEAT_WINDOW_MS = 3000;

/**
 * Whether a sighting of `text` is new. Every sighting renews the window, so one phone held up
 * for a minute counts once, while a code shown again after a pause counts again (the caller
 * dedupes results anyway).
 */
function isNewSighting(lastSeen: Map<string, number>, text: string, now: number): boolean {
  const previous = lastSeen.get(text);
  lastSeen.set(text, now);
  return previous === undefined || now - previous > REPEAT_WINDOW_MS;
}

/** A short, soft beep made on the spot (no audio file to fetch or precache). */
function beep(audio: AudioContext, accepted: boolean): void {
  const start = audio.currentTime;
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.frequency.value = accepted ? 880 : 220;
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(0.2, start + 0.01);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.15);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start(start);
  oscillator.stop(start + 0.16);
}

/** One camera run; `active` turns false when it is stopped, so late async steps clean up. */
interface Session {
  active: boolean;
  stream: MediaStream | null;
  timer: ReturnType<typeof setTimeout> | undefined;
}

function endSession(session: Session | null): void {
  if (!session) return;
  session.active = false;
  clearTimeout(session.timer);
  stopCamera(session.stream);
  session.stream = null;
}

/**
 * Reads QR codes from the camera. The camera starts only on the button (never by itself), stops
 * on the button and on unmount, and every failure gets a message in plain words that points to
 * the other ways in. jsQR (or the browser's BarcodeDetector) is loaded on the first start.
 */
export function QrScanner({ onCode }: QrScannerProps) {
  const { t } = useTranslation('intake');
  const [state, setState] = useState<ScannerState>({ kind: 'idle' });
  const [sound, setSound] = useState(true);
  const [seen, setSeen] = useState(0);
  const [mirrored, setMirrored] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const session = useRef<Session | null>(null);
  const audio = useRef<AudioContext | null>(null);
  const lastSeen = useRef(new Map<string, number>());
  // The scan loop outlives renders; it reads the latest callback and sound choice through refs.
  const latest = useRef({ onCode, sound });
  useLayoutEffect(() => {
    latest.current = { onCode, sound };
  });

  useEffect(
    () => () => {
      endSession(session.current);
      void audio.current?.close().catch(() => undefined);
    },
    [],
  );

  function found(texts: string[]): void {
    const now = Date.now();
    const fresh = texts.filter((text) => isNewSighting(lastSeen.current, text, now));
    if (fresh.length === 0) return;
    setSeen((count) => count + fresh.length);
    const outcomes = fresh.map((text) => latest.current.onCode(text));
    if (latest.current.sound && audio.current) beep(audio.current, outcomes.every((o) => o === 'accepted'));
  }

  function fail(current: Session, reason: CameraFailure): void {
    endSession(current);
    if (session.current === current) setState({ kind: 'failed', reason });
  }

  async function start(): Promise<void> {
    endSession(session.current);
    const current: Session = { active: true, stream: null, timer: undefined };
    session.current = current;
    setState({ kind: 'starting' });
    // Browsers only let a page make sound after a click: create the context inside this one.
    if (!audio.current && typeof AudioContext !== 'undefined') audio.current = new AudioContext();
    void audio.current?.resume().catch(() => undefined);

    const camera = await openCamera();
    if (!current.active) return stopCamera(camera.ok ? camera.stream : null);
    if (!camera.ok) return fail(current, camera.reason);
    current.stream = camera.stream;
    const track = camera.stream.getVideoTracks()[0];
    // Unplugged, or permission taken back while running.
    track?.addEventListener('ended', () => fail(current, 'unknown'));
    try {
      const { createQrDetector } = await import('../lib/qr-decode');
      const detect = await createQrDetector();
      const element = video.current;
      if (!current.active) return;
      if (!element) throw new Error('The video element is gone.');
      element.srcObject = camera.stream;
      await element.play();
      if (!current.active) return;
      // A camera facing the user feels natural only as a mirror; the back camera does not.
      setMirrored(track?.getSettings().facingMode !== 'environment');
      setState({ kind: 'running' });
      const scan = async () => {
        if (!current.active) return;
        if (element.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
          found(await detect(element).catch(() => []));
        }
        if (current.active) current.timer = setTimeout(() => void scan(), SCAN_INTERVAL_MS);
      };
      void scan();
    } catch {
      // The decoder chunk did not load (an old cached version) or the video would not play.
      fail(current, 'unknown');
    }
  }

  function stop(): void {
    endSession(session.current);
    session.current = null;
    if (video.current) video.current.srcObject = null;
    setState({ kind: 'idle' });
  }

  const on = state.kind === 'starting' || state.kind === 'running';
  return (
    <div className="qr-scanner" role="group" aria-label={t('scanner.label')}>
      <div className="button-row">
        {on ? (
          <button type="button" onClick={stop}>
            {t('scanner.stop')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => void start()}>
            {t('scanner.start')}
          </button>
        )}
        <label className="checkbox">
          <input type="checkbox" checked={sound} onChange={(e) => setSound(e.target.checked)} /> {t('scanner.sound')}
        </label>
      </div>
      {state.kind === 'failed' && (
        <div role="alert" className="notice notice-error">
          <p>{t(`scanner.errors.${state.reason}`)}</p>
          <p>{t('scanner.alternatives')}</p>
        </div>
      )}
      <video
        ref={video}
        muted
        playsInline
        aria-label={t('scanner.video')}
        hidden={!on}
        style={{ width: '100%', maxWidth: '36rem', transform: mirrored ? 'scaleX(-1)' : undefined }}
      />
      {on && <p className="hint">{t('scanner.hint')}</p>}
      <p role="status" className="status-line">
        {state.kind === 'starting' && t('scanner.starting')}
        {state.kind === 'running' && t('scanner.seen', { count: seen })}
      </p>
    </div>
  );
}
