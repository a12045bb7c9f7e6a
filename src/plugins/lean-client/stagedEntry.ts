/**
 * The browser bundle's entry in place of Docusaurus's client entry: the
 * same entry, reached in stages, one task each.
 *
 * Evaluating the main bundle's modules (React DOM, the router, the theme)
 * took one task of about 300 ms on a phone-speed CPU (4x slowdown), all
 * of it blocking time. The modules do not change; only when they are
 * evaluated: each stage in its own task, so that the browser can paint and
 * answer input in between. A module imported here is evaluated once and
 * cached; the client entry then finds it ready.
 */
const nextTask = () =>
  new Promise<void>((resolve) => {
    // A message runs in the next task without setTimeout's clamping.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

// Leaves of the client entry's import graph; eager: no chunk of their own,
// the modules are already in the main bundle. React DOM, the heaviest,
// runs in the bundle's own task: Lighthouse's simulation drops tasks under
// 10 ms, and a bundle whose first task it dropped counts as needed for the
// first paint even though it ran after it.
const stages: (() => Promise<unknown>)[][] = [
  [
    () => import(/* webpackMode: "eager" */ 'react'),
    // @ts-expect-error: no @types/react-dom here; the module is only evaluated.
    () => import(/* webpackMode: "eager" */ 'react-dom/client'),
  ],
  [() => import(/* webpackMode: "eager" */ 'react-router-dom'), () => import(/* webpackMode: "eager" */ 'react-helmet-async')],
  [() => import(/* webpackMode: "eager" */ '@generated/client-modules'), () => import(/* webpackMode: "eager" */ '@generated/routes')],
  // @ts-expect-error: a webpack alias set by lean-client (Docusaurus's lib/client/clientEntry.js).
  [() => import(/* webpackMode: "eager" */ 'lean-client/client-entry')],
];

async function start(): Promise<void> {
  for (const [i, stage] of stages.entries()) {
    if (i > 0) await nextTask();
    for (const load of stage) await load();
  }
}

void start();
