/**
 * The camera for QR scanning. Every failure becomes one of a few reasons the UI can explain in
 * plain words, because the browsers' own errors ("NotReadableError") mean nothing to a workshop
 * facilitator. The stream stays in the page: nothing is recorded or sent.
 */

export type CameraFailure = 'unsupported' | 'denied' | 'absent' | 'in-use' | 'insecure' | 'unknown';

export type CameraResult = { ok: true; stream: MediaStream } | { ok: false; reason: CameraFailure };

/**
 * The back camera when there is one (a phone or tablet pointed at a participant's screen); a
 * laptop's only camera otherwise. `ideal` never fails on a device that cannot match it, and
 * 1280 × 720 gives QR modules enough pixels without the cost of full HD on every frame.
 */
export const CAMERA_CONSTRAINTS: MediaStreamConstraints = {
  audio: false,
  video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
};

/** Maps a getUserMedia error to the reason we show. */
export function cameraFailureReason(error: unknown): CameraFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError': // the person or a browser policy said no
    case 'SecurityError': // a permissions policy or an iframe without allow="camera"
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'absent';
    case 'NotReadableError': // another app (a video call) holds the camera
    case 'AbortError': // Firefox's word for the same when the device will not start
      return 'in-use';
    case 'TypeError':
      // Older Safari throws a TypeError instead of hiding mediaDevices on plain http.
      return globalThis.isSecureContext === false ? 'insecure' : 'unknown';
    default:
      return 'unknown';
  }
}

/** Asks for the camera; never throws. */
export async function openCamera(constraints: MediaStreamConstraints = CAMERA_CONSTRAINTS): Promise<CameraResult> {
  const mediaDevices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (!mediaDevices?.getUserMedia) {
    // Browsers hide mediaDevices on pages that are not https or localhost.
    return { ok: false, reason: globalThis.isSecureContext === false ? 'insecure' : 'unsupported' };
  }
  try {
    return { ok: true, stream: await mediaDevices.getUserMedia(constraints) };
  } catch (error) {
    return { ok: false, reason: cameraFailureReason(error) };
  }
}

/** Turns the camera off (its light goes out); safe to call twice or with null. */
export function stopCamera(stream: MediaStream | null | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
