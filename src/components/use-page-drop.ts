import { useEffect, useEffectEvent } from 'react';

/**
 * Files dropped anywhere on the page go to `onFiles`. Dropping is a pointer-only extra beside a
 * file button (the keyboard path); a drop the page did not take would make the browser open the
 * file as a page and leave the app.
 */
export function usePageDrop(onFiles: (files: File[]) => void): void {
  const onDropFiles = useEffectEvent(onFiles);
  useEffect(() => {
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length > 0) onDropFiles(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}
