/**
 * Stands in for `@docusaurus/theme-common/lib/hooks/useWindowSize` (see
 * `index.ts`): the same hook, whose updates are transitions.
 *
 * Why: the hook says "ssr" until the page has hydrated, then "mobile" or
 * "desktop" from an effect. That update re-renders the navbar, the docs
 * layout and the page around the article, and React renders an update
 * made in the effects that follow hydration in one go: about 25 ms of main
 * thread here, a 100 ms long task on the phone Lighthouse emulates. As a
 * transition, React renders it in slices and the browser stays
 * responsive. The value and when it changes are the theme's.
 */
import {startTransition, useEffect, useState} from 'react';

type WindowSize = 'desktop' | 'mobile' | 'ssr';

/** Infima's breakpoint, as in the theme (a CSS value: both must agree). */
const DESKTOP_BREAKPOINT = 996;

/** The theme's `useWindowSize`: "ssr" while hydrating, then the size class of the window. */
export function useWindowSize({desktopBreakpoint = DESKTOP_BREAKPOINT}: {desktopBreakpoint?: number} = {}): WindowSize {
  // A constant first value: the server and hydration render the same.
  const [windowSize, setWindowSize] = useState<WindowSize>('ssr');
  useEffect(() => {
    const update = () => {
      const size = window.innerWidth > desktopBreakpoint ? 'desktop' : 'mobile';
      startTransition(() => setWindowSize(size));
    };
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [desktopBreakpoint]);
  return windowSize;
}
