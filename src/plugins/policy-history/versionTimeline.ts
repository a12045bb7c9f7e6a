import {previousDay} from './effectiveDate';
import type {Version} from './groupVersions';

/** Where a version stands on the build's day. */
export type VersionStatus = 'current' | 'archived' | 'upcoming';

/** A version placed in time. */
export interface TimedVersion {
  readonly version: Version;
  readonly status: VersionStatus;
  /** Last day in force (YYYY-MM-DD): the day before the next version; absent for the newest. */
  readonly until?: string;
  /** The version before it (its changes are against that one). */
  readonly previous?: Version;
}

/**
 * Places versions (oldest first) on the build's day `today`: the newest
 * version whose date has come is `current`, those before it `archived`, those
 * after today `upcoming`. When none has come yet (a first version published
 * ahead of its date) there is no current version. Pure.
 */
export function versionTimeline(versions: readonly Version[], today: string): TimedVersion[] {
  return versions.map((version, index) => {
    const next = versions[index + 1];
    const status: VersionStatus =
      version.effectiveDate > today ? 'upcoming' : next !== undefined && next.effectiveDate <= today ? 'archived' : 'current';
    const previous = versions[index - 1];
    return {
      version,
      status,
      ...(next === undefined ? {} : {until: previousDay(next.effectiveDate)}),
      ...(previous === undefined ? {} : {previous}),
    };
  });
}
