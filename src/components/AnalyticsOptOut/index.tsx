import type {ReactNode} from 'react';

/**
 * The visitor's opt-out of audience measurement, placed on the privacy page
 * with `<AnalyticsOptOut />`. Renders nothing until the analytics module
 * (issue: cookieless audience counter) provides the control.
 */
export default function AnalyticsOptOut(): ReactNode {
  return null;
}
