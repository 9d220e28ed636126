/** The boxes the charts draw in (width 100 % up to maxWidth), shared with their placeholders (when-near.tsx). */
export const WINDOW_BOX = { maxWidth: 560, aspectRatio: 1 } as const;
export const RADAR_BOX = { maxWidth: 480, aspectRatio: 1.1 } as const;
