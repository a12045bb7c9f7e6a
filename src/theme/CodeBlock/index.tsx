import {lazy, Suspense, type ComponentType, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';

// Prism and the highlighting code block come in their own chunk, fetched only
// by pages that show code (see src/plugins/lean-client). The server render
// waits for it, so the HTML is highlighted; in the browser React keeps that
// HTML until the chunk has arrived.
const HighlightedCodeBlock = lazy<ComponentType<Props>>(() => import('./HighlightedCodeBlock'));

/** The theme's code block, loaded on demand. */
export default function CodeBlock(props: Props): ReactNode {
  return (
    <Suspense
      fallback={
        <pre>
          <code>{props.children}</code>
        </pre>
      }>
      <HighlightedCodeBlock {...props} />
    </Suspense>
  );
}
