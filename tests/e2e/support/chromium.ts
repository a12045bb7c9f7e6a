import fs from 'node:fs';
import {chromium, type Browser} from 'playwright-core';

/** Debian's Chromium, unless `CHROMIUM_PATH` points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium calls Google's hosts at
// start-up; on a closed network that means errors, and it would break the
// "no request to another origin" promise we test.
/** Chromium's command-line flags, shared with the page benchmark's Lighthouse runs. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Launches headless Chromium, or throws with the command that installs it. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. The end-to-end tests need it: ` +
        `run "apt-get update && apt-get install -y chromium" (Debian/Ubuntu), ` +
        `or set CHROMIUM_PATH to a Chromium or Chrome executable.`,
    );
  }
  return chromium.launch({executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS], headless: true});
}
