import {AFTER_PAINT_ATTRIBUTE} from './afterPaint';

/**
 * Docusaurus's page template (`@docusaurus/core/lib/ssg/ssgTemplate.html`),
 * with two changes:
 *
 * - The main bundle comes after the route's chunks instead of before them,
 *   so the chunks are registered by the time the main bundle starts the
 *   app, which then loads nothing more before hydrating. (The chunks are
 *   listed at all thanks to `routeChunkOrigins.ts`.)
 * - The scripts are preload links, run once the page is painted by the
 *   inline `AFTER_PAINT_SCRIPT` (`afterPaint.ts`), in this order.
 *
 * Set as `ssrTemplate` in `docusaurus.config.ts`. With `afterPaint: false`
 * (`LEAN_CLIENT_OFF=afterPaint`, for the benchmark) the scripts are
 * Docusaurus's `<script defer>`, in the same order.
 */
export function ssrTemplate({afterPaint}: {afterPaint: boolean}): string {
  // `script` inside the tag is the template's loop variable.
  const tag = afterPaint
    ? `<link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" ${AFTER_PAINT_ATTRIBUTE}>`
    : `<script defer src="<%= it.baseUrl %><%= script %>"></script>`;
  return `
<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
    <% const isMain = (script) => /(^|\\/)main\\.[^/]*\\.js$/.test(script); %>
    <% [...it.scripts.filter((s) => !isMain(s)), ...it.scripts.filter(isMain)].forEach((script) => { %>
      ${tag}
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
  </body>
</html>
`;
}
