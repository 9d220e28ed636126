import { z } from 'zod/mini';
import type { ReportExtras } from './build';

const extrasSchema = z.object({
  wanted: z.optional(z.object({ support: z.number().check(z.gte(0), z.lte(100)), expectations: z.number().check(z.gte(0), z.lte(100)) })),
  actions: z.optional(z.array(z.object({ what: z.string(), who: z.string(), when: z.string() }))),
});

/**
 * The wanted point and the actions a workshop keeps (added by the presenter), read defensively:
 * the report takes them when they have the agreed shape, and leaves them out otherwise, so a
 * workshop without them, or from an older app, still makes a report.
 */
export function reportExtrasOf(workshop: object): ReportExtras {
  const parsed = extrasSchema.safeParse(workshop);
  if (!parsed.success) return {};
  const { wanted, actions } = parsed.data;
  return { ...(wanted ? { wanted } : {}), ...(actions ? { actions } : {}) };
}
