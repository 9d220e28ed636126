/**
 * Limits of a workshop that the team report's schema shares. Apart from workshop.ts, so that the
 * workshop's schema can hold a kept team report (decision 80) without a cycle of imports.
 */
export const MAX_WORKSHOP_NAME = 120;
