import React, {type ComponentProps, type ReactNode} from 'react';
import MDXA from '@theme/MDXComponents/A';

/**
 * A link of an archived version's text: the theme's MDX link, kept out of
 * the build's broken-link and broken-anchor check (Docusaurus's `Link` prop
 * `data-noBrokenLinkCheck`). An old text may point at an anchor or a page
 * gone since, and history cannot be edited: the build must not fail on it.
 * Its `.md` links already lead to today's pages (`linkResolver.ts`).
 */
export default function ArchivedLink(props: ComponentProps<typeof MDXA>): ReactNode {
  return <MDXA {...props} {...{'data-noBrokenLinkCheck': true}} />;
}
