/**
 * The attribute marking the `<link rel="preload" as="script">` elements of
 * a page's HTML (`ssrTemplate.ts`) that `AFTER_PAINT_SCRIPT` turns into
 * scripts, in document order.
 */
export const AFTER_PAINT_ATTRIBUTE = 'data-after-paint';

/**
 * Inline script, the same on every page (one hash in the
 * Content-Security-Policy), that runs the page's scripts once its content
 * has been painted.
 *
 * Why: the text of a page needs no script (it is complete without
 * JavaScript), but a deferred script may run before the first paint, as
 * soon as the HTML is parsed, and hold the paint back; Lighthouse then
 * counts the scripts' download in the page's Largest Contentful Paint
 * (2.1 s on a phone instead of 0.9 s). The preload links (low priority,
 * like deferred scripts) still fetch the scripts at once; only running
 * them waits for the First Contentful Paint entry, which the browser
 * reports once that frame is presented.
 *
 * Without paint timing, two animation frames stand in for it; a hidden
 * page paints nothing and runs them at once; and whatever happens they run
 * after 3 s. `async = false` keeps their order: the route's chunks, then
 * the main bundle. The `src` is the link's own text, as Docusaurus wrote
 * it: the bundler's chunk loader recognises a loaded chunk by it.
 */
export const AFTER_PAINT_SCRIPT = `(function () {
  var done = false;
  function run() {
    if (done) return;
    done = true;
    var links = document.querySelectorAll('link[rel=preload][as=script][${AFTER_PAINT_ATTRIBUTE}]');
    for (var i = 0; i < links.length; i++) {
      var script = document.createElement('script');
      script.src = links[i].getAttribute('href');
      script.async = false;
      document.head.appendChild(script);
    }
  }
  setTimeout(run, 3000);
  if (document.visibilityState === 'hidden') return run();
  var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (!types || types.indexOf('paint') < 0) {
    return requestAnimationFrame(function () { requestAnimationFrame(run); });
  }
  new PerformanceObserver(function (list, observer) {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    run();
  }).observe({type: 'paint', buffered: true});
})();`;
