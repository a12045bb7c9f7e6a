/**
 * The one file an organisation edits to make the site theirs (README,
 * "Make it yours"). Read by docusaurus.config.ts, the plugins, the tools,
 * the workflows (`npm run build:matrix`) and the tests, through
 * src/config/site.ts, which validates it.
 */
import {defineSiteConfig} from './src/config/siteConfig';

export default defineSiteConfig({
  organisation: 'Cloud Temple',
  title: 'Cloud Temple',
  tagline: 'Confidentialité et mentions légales',
  // Decorative: the site title beside it already names the link (image-redundant-alt).
  logo: {src: 'img/logo.svg', alt: '', width: 32, height: 32},
  favicon: 'img/favicon.svg',
  // SITE_URL and BASE_URL override it at build time.
  url: 'http://localhost:3000',
  // Unset: the workflows set EDIT_URL from the GitHub context.
  editUrl: undefined,
  source: {code: 'fr', label: 'Français'},
  targets: [
    // The English pages are British English: "29 November 2026".
    {code: 'en', label: 'English', dateFormat: 'en-GB'},
    {code: 'es', label: 'Español'},
    {code: 'it', label: 'Italiano'},
    {code: 'de', label: 'Deutsch'},
  ],
  // Labels in the source language; `npm run translate` writes the others
  // (i18n/<locale>/docusaurus-theme-classic/*.json).
  navbar: [
    {doc: 'privacy', label: 'Confidentialité'},
    {doc: 'legal-notice', label: 'Mentions légales'},
  ],
  footer: [
    {
      title: 'Informations',
      items: [
        {label: 'Politique de confidentialité', to: '/privacy'},
        {label: 'Mentions légales', to: '/legal-notice'},
      ],
    },
  ],
  policyPages: ['privacy', 'legal-notice'],
});
