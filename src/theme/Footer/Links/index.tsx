import type {ReactNode} from 'react';
import FooterLinks from '@theme-original/Footer/Links';
import type FooterLinksType from '@theme/Footer/Links';
import type {WrapperProps} from '@docusaurus/types';

import LanguageLinks from '@site/src/components/LanguageLinks';

type Props = WrapperProps<typeof FooterLinksType>;

/** The footer's link columns, then the language list (see LanguageLinks). */
export default function FooterLinksWrapper(props: Props): ReactNode {
  return (
    <>
      <FooterLinks {...props} />
      <LanguageLinks />
    </>
  );
}
