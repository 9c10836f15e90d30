import { describe, expect, it } from 'vitest';
import { chartIds, chartMilestoneKinds, chartTimelineHref } from './catalog';

describe('chartTimelineHref', () => {
  it('links each chart to the timeline filtered to the kinds it annotates', () => {
    expect(chartTimelineHref('trade', 'vi')).toBe('/vi/timeline/?kind=relations,trade');
    expect(chartTimelineHref('students-son-la', 'en')).toBe('/en/timeline/?kind=education');
    for (const id of chartIds) {
      expect(chartMilestoneKinds(id).length).toBeGreaterThan(0);
      expect(chartTimelineHref(id, 'en')).toMatch(/^\/en\/timeline\/\?kind=[a-z,]+$/);
    }
  });
});
