/**
 * Runs `send` once the document's title is no longer `previousTitle`, or
 * after `timeoutMs` (two pages may share a title). Returns a function that
 * runs it at once, for a navigation that comes before the title changed.
 *
 * react-helmet-async writes the new page's title after the route update,
 * in an animation frame; plugin-google-gtag waits one `setTimeout` tick
 * (https://github.com/facebook/docusaurus/issues/7420), which a busy
 * browser can outrun and then sends the previous page's title. Watching
 * the `<title>` does not depend on that timing. Browser only.
 */
export function afterTitleChange(previousTitle: string, send: () => void, timeoutMs = 1000): () => void {
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    send();
  };
  const observer = new MutationObserver(() => {
    if (document.title !== previousTitle) finish();
  });
  observer.observe(document.head, {subtree: true, childList: true, characterData: true});
  const timer = setTimeout(finish, timeoutMs);
  if (document.title !== previousTitle) queueMicrotask(finish);
  return finish;
}
