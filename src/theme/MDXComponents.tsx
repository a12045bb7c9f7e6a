import MDXComponents from '@theme-original/MDXComponents';

import AnalyticsOptOut from '@site/src/components/AnalyticsOptOut';

/**
 * Components available in every page without an import line, so that a
 * translated page never needs to touch MDX imports.
 */
export default {
  ...MDXComponents,
  AnalyticsOptOut,
};
