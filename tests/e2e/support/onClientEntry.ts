/**
 * An init script (for `addInitScript`) that runs `body`, once, when
 * Docusaurus's client entry looks up its root element to hydrate it:
 * after the bundle's modules were evaluated, before React renders. `body`
 * is script text, run in the page.
 */
export function onClientEntry(body: string): string {
  return `
    {
      const getElementById = document.getElementById;
      let seen = false;
      document.getElementById = function (id) {
        if (id === '__docusaurus' && !seen) {
          seen = true;
          ${body}
        }
        return getElementById.call(this, id);
      };
    }
  `;
}
