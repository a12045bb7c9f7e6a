/**
 * Replaces `@docusaurus/theme-classic/lib/prism-include-languages` (see
 * `index.ts`): Prism's languages are registered by the lazily loaded code
 * block instead (`src/theme/CodeBlock/HighlightedCodeBlock.tsx`), so that
 * pages without code never download Prism.
 */
export {};
