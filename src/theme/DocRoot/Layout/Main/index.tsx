import type {ReactNode} from 'react';
import Main from '@theme-original/DocRoot/Layout/Main';
import type MainType from '@theme/DocRoot/Layout/Main';
import type {WrapperProps} from '@docusaurus/types';

import LanguageSuggestion from '@site/src/components/LanguageSuggestion';

type Props = WrapperProps<typeof MainType>;

/** The docs' main column, with the language suggestion above the page. */
export default function MainWrapper({children, ...props}: Props): ReactNode {
  return (
    <Main {...props}>
      <LanguageSuggestion />
      {children}
    </Main>
  );
}
