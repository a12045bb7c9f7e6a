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
 * Set as `ssrTemplate` in `docusaurus.config.ts`.
 */
export const SSR_TEMPLATE = `
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
      <link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" ${AFTER_PAINT_ATTRIBUTE}>
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
  </body>
</html>
`;
