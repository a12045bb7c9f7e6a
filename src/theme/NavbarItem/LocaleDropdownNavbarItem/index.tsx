import React, {type ReactNode} from 'react';
import LocaleDropdownNavbarItem from '@theme-original/NavbarItem/LocaleDropdownNavbarItem';
import type LocaleDropdownNavbarItemType from '@theme/NavbarItem/LocaleDropdownNavbarItem';
import type {WrapperProps} from '@docusaurus/types';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import {useProvenanceData} from '@site/src/plugins/translation-provenance/usePageProvenance';
import {localeMarksCss} from './localeMarksCss';

type Props = WrapperProps<typeof LocaleDropdownNavbarItemType>;

/**
 * The locale dropdown, with "(machine translation)", in the language of the
 * page, after each language that has machine-translated pages. The original
 * builds its items itself, so the mark is CSS generated content on its
 * `<a lang>` items: part of each link's accessible name, no fork of the
 * dropdown.
 */
export default function LocaleDropdownNavbarItemWrapper(props: Props): ReactNode {
  const {machineTranslatedLocales} = useProvenanceData();
  const {i18n} = useDocusaurusContext();
  const mark = translate({
    id: 'translationProvenance.localeDropdown.machine',
    message: 'traduction automatique',
    description: 'After a language in the language menu: its pages are machine-translated',
  });
  const langs = machineTranslatedLocales.map((l) => i18n.localeConfigs[l]?.htmlLang ?? l);
  const css = localeMarksCss(langs, mark);
  // Beside the desktop item, which is always rendered, so the rule is in
  // the static HTML (Docusaurus does not render <Head><style> at build
  // time) and also reaches the mobile menu's links.
  return (
    <>
      {/* Inner HTML, not a text child: the build minifies inline CSS, and a
          text child would then not match on hydration (React error 418).
          localeMarksCss escapes "<", so the text cannot close the element. */}
      {!props.mobile && css !== '' && <style dangerouslySetInnerHTML={{__html: css}} />}
      <LocaleDropdownNavbarItem {...props} />
    </>
  );
}
