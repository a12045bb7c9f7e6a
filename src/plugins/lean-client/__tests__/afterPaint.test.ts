import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';

import {AFTER_PAINT_ATTRIBUTE, AFTER_PAINT_SCRIPT} from '../afterPaint';

interface FakeScript {
  src: string;
  async: boolean;
}

/** The page the inline script sees: its links, what it appends, and the browser's hooks. */
function fakePage({hidden = false, paintTiming = true} = {}) {
  const appended: FakeScript[] = [];
  const frames: (() => void)[] = [];
  let observer: {callback: (list: unknown, o: {disconnect: () => void}) => void; disconnected: boolean} | null = null;
  const links = ['/de/assets/js/runtime~main.1.js', '/de/assets/js/a7bd4aaa.2.js', '/de/assets/js/main.3.js'];
  const document = {
    visibilityState: hidden ? 'hidden' : 'visible',
    querySelectorAll(selector: string) {
      expect(selector).toBe(`link[rel=preload][as=script][${AFTER_PAINT_ATTRIBUTE}]`);
      return links.map((href) => ({href: `http://127.0.0.1${href}`, getAttribute: (name: string) => (name === 'href' ? href : null)}));
    },
    createElement: (tag: string): FakeScript => {
      expect(tag).toBe('script');
      return {src: '', async: true};
    },
    head: {appendChild: (script: FakeScript) => appended.push({...script})},
  };
  class PerformanceObserver {
    static supportedEntryTypes = paintTiming ? ['paint', 'resource'] : ['resource'];
    constructor(callback: (list: unknown, o: {disconnect: () => void}) => void) {
      observer = {callback, disconnected: false};
    }
    observe(options: unknown) {
      expect(options).toEqual({type: 'paint', buffered: true});
    }
    disconnect() {
      if (observer) observer.disconnected = true;
    }
  }
  const window = {PerformanceObserver};
  const requestAnimationFrame = (callback: () => void) => frames.push(callback);
  new Function('window', 'document', 'PerformanceObserver', 'requestAnimationFrame', AFTER_PAINT_SCRIPT)(
    window,
    document,
    PerformanceObserver,
    requestAnimationFrame,
  );
  return {
    appended,
    /** Runs the animation frames queued so far. */
    nextFrame: () => frames.splice(0).forEach((callback) => callback()),
    /** Reports paint entries, as the browser does after presenting a frame. */
    paint(...names: string[]) {
      const o = observer;
      if (!o || o.disconnected) return;
      o.callback({getEntriesByName: (name: string) => names.filter((n) => n === name)}, {disconnect: () => (o.disconnected = true)});
    },
  };
}

const ORDERED = [
  {src: '/de/assets/js/runtime~main.1.js', async: false},
  {src: '/de/assets/js/a7bd4aaa.2.js', async: false},
  {src: '/de/assets/js/main.3.js', async: false},
];

describe('AFTER_PAINT_SCRIPT', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the preloaded scripts once the first contentful paint is reported, in order, by their own href', () => {
    const page = fakePage();
    page.nextFrame();
    page.paint('first-paint');
    expect(page.appended).toEqual([]);
    page.paint('first-paint', 'first-contentful-paint');
    expect(page.appended).toEqual(ORDERED);
  });

  it('runs them once: a later paint or the 3 s guard adds nothing', () => {
    const page = fakePage();
    page.paint('first-contentful-paint');
    page.paint('first-contentful-paint');
    vi.advanceTimersByTime(3000);
    expect(page.appended).toEqual(ORDERED);
  });

  it('runs them at once on a hidden page, which paints nothing', () => {
    expect(fakePage({hidden: true}).appended).toEqual(ORDERED);
  });

  it('waits two animation frames where paint timing is not supported', () => {
    const page = fakePage({paintTiming: false});
    page.nextFrame();
    expect(page.appended).toEqual([]);
    page.nextFrame();
    expect(page.appended).toEqual(ORDERED);
  });

  it('runs them after 3 s if no paint is ever reported', () => {
    const page = fakePage();
    vi.advanceTimersByTime(2999);
    expect(page.appended).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(page.appended).toEqual(ORDERED);
  });
});
