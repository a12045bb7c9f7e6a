import React, {type ReactNode} from 'react';
import LocaleDropdownNavbarItem from '@theme-original/NavbarItem/LocaleDropdownNavbarItem';
import type LocaleDropdownNavbarItemType from '@theme/NavbarItem/LocaleDropdownNavbarItem';
import type {WrapperProps} from '@docusaurus/types';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useActiveDocContext} from '@docusaurus/plugin-content-docs/client';

import {useProvenanceData} from '@site/src/plugins/translation-provenance/usePageProvenance';
import {localeMarksCss} from './localeMarksCss';

type Props = WrapperProps<typeof LocaleDropdownNavbarItemType>;

/**
 * The locale dropdown, with "(machine translation)", in the language of the
 * page, after each language that has machine-translated pages, and "(not
 * translated)" after each language that has no translation of the page
 * shown (it would show the French page). The original builds its items
 * itself, so the marks are CSS generated content on its `<a lang>` items:
 * part of each link's accessible name, no fork of the dropdown.
 */
export default function LocaleDropdownNavbarItemWrapper(props: Props): ReactNode {
  const {machineTranslatedLocales, missingDocIds} = useProvenanceData();
  const {activeDoc} = useActiveDocContext(undefined);
  const {i18n} = useDocusaurusContext();
  const mark = translate({
    id: 'translationProvenance.localeDropdown.machine',
    message: 'traduction automatique',
    description: 'After a language in the language menu: its pages are machine-translated',
  });
  const missingMark = translate({
    id: 'translationProvenance.localeDropdown.missing',
    message: 'pas traduite',
    description: 'After a language in the language menu: the page shown is not translated into it (the French page is shown)',
  });
  const lang = (l: string) => i18n.localeConfigs[l]?.htmlLang ?? l;
  const missing = activeDoc ? Object.keys(missingDocIds).filter((l) => missingDocIds[l]?.includes(activeDoc.id)) : [];
  // The later rule wins for a language both machine-translated and missing this page.
  const css = [localeMarksCss(machineTranslatedLocales.filter((l) => !missing.includes(l)).map(lang), mark), localeMarksCss(missing.map(lang), missingMark)]
    .filter(Boolean)
    .join('\n');
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
