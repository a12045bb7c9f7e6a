import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {ThemeClassNames} from '@docusaurus/theme-common';

/**
 * The classic theme's "Last updated on <date> by <user>", same markup and
 * same translation ids, but with the date text given rather than formatted
 * with `Intl.DateTimeFormat` while hydrating (see
 * `src/plugins/translation-provenance/formatDateTexts.ts` for why). The
 * theme's component takes no date text, hence this copy of its markup.
 */
export default function PreformattedLastUpdated({
  lastUpdatedAt,
  dateText,
  lastUpdatedBy,
}: {
  lastUpdatedAt: number;
  dateText: string;
  lastUpdatedBy?: string | null;
}): ReactNode {
  const atDate = (
    <Translate
      id="theme.lastUpdated.atDate"
      description="The words used to describe on which date a page has been last updated"
      values={{
        date: (
          <b>
            <time dateTime={new Date(lastUpdatedAt).toISOString()} itemProp="dateModified">
              {dateText}
            </time>
          </b>
        ),
      }}>
      {' on {date}'}
    </Translate>
  );
  const byUser = lastUpdatedBy ? (
    <Translate
      id="theme.lastUpdated.byUser"
      description="The words used to describe by who the page has been last updated"
      values={{user: <b>{lastUpdatedBy}</b>}}>
      {' by {user}'}
    </Translate>
  ) : (
    ''
  );
  return (
    <span className={ThemeClassNames.common.lastUpdated}>
      <Translate
        id="theme.lastUpdated.lastUpdatedAtBy"
        description="The sentence used to display when a page has been last updated, and by who"
        values={{atDate, byUser}}>
        {'Last updated{atDate}{byUser}'}
      </Translate>
    </span>
  );
}
