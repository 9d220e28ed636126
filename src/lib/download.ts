/** Saves text as a file through the browser's own download: nothing leaves the device. */
export function downloadText(fileName: string, text: string, mime = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: `${mime};charset=utf-8` }));
}

/** Reads a user-chosen file as text, refusing anything above `maxBytes` before reading it. */
export async function readFileText(file: File, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; error: 'too-large' | 'unreadable' }> {
  if (file.size > maxBytes) return { ok: false, error: 'too-large' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, error: 'unreadable' };
  }
}

/** Whether this browser can hand a file to the phone's share sheet (mail, chat, AirDrop…). */
export function canShareFiles(): boolean {
  try {
    return typeof navigator.canShare === 'function' && navigator.canShare({ files: [new File([''], 'x.json', { type: 'application/json' })] });
  } catch {
    return false;
  }
}

/**
 * Opens the share sheet with the text as a file. The file goes where the user sends it; the app
 * itself sends nothing anywhere.
 */
export async function shareText(fileName: string, text: string, mime = 'application/json'): Promise<'shared' | 'cancelled' | 'failed'> {
  try {
    await navigator.share({ files: [new File([text], fileName, { type: mime })] });
    return 'shared';
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}

/** Saves a blob (text, a picture) as a file through the browser's own download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
