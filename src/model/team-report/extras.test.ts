import { describe, expect, it } from 'vitest';
import { reportExtrasOf } from './extras';

describe('reportExtrasOf', () => {
  it('takes the wanted point and the actions a workshop keeps', () => {
    const actions = [{ what: 'Intervisie', who: 'Sam', when: 'maart' }];
    expect(reportExtrasOf({ id: 'w', wanted: { support: 60, expectations: 72 }, actions })).toEqual({ wanted: { support: 60, expectations: 72 }, actions });
  });

  it('has nothing to add for a workshop without them, or with something else under those names', () => {
    expect(reportExtrasOf({ id: 'w' })).toEqual({});
    expect(reportExtrasOf({ wanted: { support: 'veel' } })).toEqual({});
  });
});
