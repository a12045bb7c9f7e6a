/**
 * Stands in for `@docusaurus/theme-common/lib/utils/reactUtils` inside the
 * theme (see `index.ts`): everything is the theme's own, except
 * `useShallowMemoObject`, which sorts its keys without `localeCompare`.
 *
 * Why: the first `localeCompare` of a page loads ICU's collation data,
 * 15-30 ms of main thread here, four times that on the phone Lighthouse
 * emulates. On a narrow screen the theme calls it once, right after
 * hydration (the docs sidebar's mobile menu), to order two prop names.
 * Ordering by code unit keeps the hook's one property: the same keys
 * always give the same order.
 */
import {useMemo} from 'react';

// @ts-expect-error: a webpack alias set by lean-client (the theme's file, not a package export).
export * from 'lean-client/theme-react-utils';

/** The theme's hook: `obj` itself, kept as long as its properties are shallowly equal. */
export function useShallowMemoObject<O extends object>(obj: O): O {
  const deps = Object.entries(obj);
  deps.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // eslint-disable-next-line react-hooks/exhaustive-deps, react-hooks/use-memo -- the properties are the dependencies, as in the theme
  return useMemo(() => obj, deps.flat());
}
