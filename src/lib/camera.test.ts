import { afterEach, describe, expect, it, vi } from 'vitest';
import { CAMERA_CONSTRAINTS, cameraFailureReason, openCamera, stopCamera } from './camera';

function withMediaDevices(getUserMedia: MediaDevices['getUserMedia'] | undefined) {
  vi.stubGlobal('navigator', { ...navigator, mediaDevices: getUserMedia ? { getUserMedia } : undefined });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('cameraFailureReason', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'absent'],
    ['OverconstrainedError', 'absent'],
    ['NotReadableError', 'in-use'],
    ['AbortError', 'in-use'],
    ['SomethingNewError', 'unknown'],
  ] as const)('maps %s to %s', (name, reason) => {
    expect(cameraFailureReason(new DOMException('x', name))).toBe(reason);
  });

  it('treats anything that is not an error as unknown', () => {
    expect(cameraFailureReason('nope')).toBe('unknown');
    expect(cameraFailureReason(undefined)).toBe('unknown');
  });
});

describe('openCamera', () => {
  it('asks for video only, preferring the back camera', async () => {
    const stream = { getTracks: () => [] } as unknown as MediaStream;
    const getUserMedia = vi.fn().mockResolvedValue(stream);
    withMediaDevices(getUserMedia);
    await expect(openCamera()).resolves.toEqual({ ok: true, stream });
    expect(getUserMedia).toHaveBeenCalledWith(CAMERA_CONSTRAINTS);
    expect(CAMERA_CONSTRAINTS).toMatchObject({ audio: false, video: { facingMode: { ideal: 'environment' } } });
  });

  it('reports a refusal as denied', async () => {
    withMediaDevices(vi.fn().mockRejectedValue(new DOMException('no', 'NotAllowedError')));
    await expect(openCamera()).resolves.toEqual({ ok: false, reason: 'denied' });
  });

  it('reports a missing API as unsupported, or as insecure on plain http', async () => {
    withMediaDevices(undefined);
    vi.stubGlobal('isSecureContext', true);
    await expect(openCamera()).resolves.toEqual({ ok: false, reason: 'unsupported' });
    vi.stubGlobal('isSecureContext', false);
    await expect(openCamera()).resolves.toEqual({ ok: false, reason: 'insecure' });
  });
});

describe('stopCamera', () => {
  it('stops every track and accepts no stream', () => {
    const tracks = [{ stop: vi.fn() }, { stop: vi.fn() }];
    stopCamera({ getTracks: () => tracks } as unknown as MediaStream);
    for (const track of tracks) expect(track.stop).toHaveBeenCalledOnce();
    expect(() => stopCamera(null)).not.toThrow();
  });
});
