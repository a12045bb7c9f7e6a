/**
 * Docusaurus's page template (`@docusaurus/core/lib/ssg/ssgTemplate.html`),
 * with one change: the main bundle's `<script>` comes after the route's
 * chunks instead of before them. Deferred scripts run in document order, so
 * the route's chunks are registered by the time the main bundle starts the
 * app, which then loads nothing more before hydrating. (The chunks are
 * listed at all thanks to `routeChunkOrigins.ts`.) Set as `ssrTemplate` in
 * `docusaurus.config.ts`.
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
      <script src="<%= it.baseUrl %><%= script %>" defer></script>
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
  </body>
</html>
`;
