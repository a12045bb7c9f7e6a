import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import PolicyDateline from '@site/src/components/PolicyHistory/PolicyDateline';
import TranslationNotice from '@site/src/components/TranslationNotice';
import {usePageProvenance} from '@site/src/plugins/translation-provenance/usePageProvenance';
import {contentAttributes} from './contentAttributes';

type Props = WrapperProps<typeof ContentType>;

/**
 * The doc body (title included) with, on a page of a target locale, the
 * provenance notice above the title and the body marked up for machines:
 * `lang` of the French text when the translation is missing, W3C ITS 2.0
 * provenance attributes otherwise (see `contentAttributes`). A policy page
 * gets its effective date under the title: given as the first child of the
 * content, which the theme renders right after its title header.
 */
export default function ContentWrapper(props: Props): ReactNode {
  const provenance = usePageProvenance();
  const {i18n} = useDocusaurusContext();
  const content = (
    <Content {...props}>
      <PolicyDateline />
      {props.children}
    </Content>
  );
  if (provenance === null) return content;
  const sourceLang = i18n.localeConfigs[i18n.defaultLocale]?.htmlLang ?? i18n.defaultLocale;
  return (
    <>
      <TranslationNotice status={provenance.status} />
      <div {...contentAttributes(provenance, sourceLang)}>{content}</div>
    </>
  );
}
