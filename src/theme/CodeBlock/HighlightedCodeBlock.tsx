import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import CodeBlock from '@theme-original/CodeBlock';

// What the theme's Prism client module did on every page, done here once,
// when the first code block is needed (src/plugins/lean-client).
prismIncludeLanguages(Prism);

/** The theme's own code block, with Prism's extra languages registered. */
export default CodeBlock;
