import {describe, expect, it} from 'vitest';

import {formatReport, missedTargets, type PageFigures} from '../formatReport';

const fresh: PageFigures = {page: 'fresh /docs/intro', bytes: 246_000, requests: 14, performance: 74, accessibility: 96, bestPractices: 100, seo: 100};
const good: PageFigures = {page: '/privacy', bytes: 150_000, requests: 9, performance: 95, accessibility: 100, bestPractices: 100, seo: 100};

describe('missedTargets', () => {
  it('is empty when every target is met', () => {
    expect(missedTargets(good, fresh)).toEqual([]);
  });

  it('names each missed target with its figure', () => {
    expect(missedTargets({...good, bytes: 200_000, performance: 80, accessibility: 96}, fresh)).toEqual([
      'bytes 0.81x > 0.8x',
      'accessibility 96 < 100',
      'performance +6 < +15',
    ]);
  });
});

describe('formatReport', () => {
  it('prints one row per page, the fresh page last, with ratios', () => {
    expect(formatReport([good], fresh)).toMatchInlineSnapshot(`
      "| page              | KB    | requests | bytes vs fresh | perf | perf vs fresh | a11y | best pr. | SEO | targets     |
      |-------------------|-------|----------|----------------|------|---------------|------|----------|-----|-------------|
      | /privacy          | 150.0 | 9        | 0.61x          | 95   | +21           | 100  | 100      | 100 | met         |
      | fresh /docs/intro | 246.0 | 14       | 1.00x          | 74   |               | 96   | 100      | 100 | (reference) |"
    `);
  });
});
