import {isIsoDay} from './effectiveDate';

/** The environment variable that sets the build's date, for tests and previews. */
export const BUILD_DATE_VARIABLE = 'BUILD_DATE';

/**
 * The day the build considers today (YYYY-MM-DD, UTC): which version is in
 * force and which is upcoming follow from it. `BUILD_DATE` sets it (a test
 * of a future version, a preview of the site as it will be on a day);
 * otherwise the clock's UTC date.
 *
 * @throws Error naming the variable and the fix when it is not a real day.
 */
export function readBuildDate(env: Readonly<Record<string, string | undefined>>, now: Date = new Date()): string {
  const raw = env[BUILD_DATE_VARIABLE];
  if (raw === undefined || raw.trim() === '') return now.toISOString().slice(0, 10);
  if (!isIsoDay(raw.trim())) {
    throw new Error(
      `${BUILD_DATE_VARIABLE}="${raw}" is not a date. Set it to the day the build should take as today, as YYYY-MM-DD (e.g. ${BUILD_DATE_VARIABLE}=2027-01-01), or leave it unset for today.`,
    );
  }
  return raw.trim();
}
