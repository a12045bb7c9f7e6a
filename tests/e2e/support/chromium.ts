import fs from 'node:fs';
import {chromium, type Browser} from 'playwright-core';

/** Debian's headless shell of Chromium (package `chromium-headless-shell`). */
export const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';
/** Debian's Chromium (package `chromium`). */
export const DEBIAN_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * The browser of the end-to-end tests: `CHROMIUM_PATH` when set, else
 * Debian's headless shell when installed, else Debian's Chromium.
 *
 * The shell is the same Chromium, built with only the headless stack (the
 * one Playwright drives by default), without the browser UI the full
 * build's headless mode keeps running: a visit costs about 40% less CPU
 * (0.32 against 0.54 CPU-s for a page opened in a tab, 0.54 against 0.84
 * in a fresh context, on the 2-core CI machine), and the suite's time is
 * mostly Chromium's.
 */
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? (fs.existsSync(HEADLESS_SHELL_PATH) ? HEADLESS_SHELL_PATH : DEBIAN_CHROMIUM_PATH);

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
        `run "apt-get update && apt-get install -y chromium-headless-shell" (Debian/Ubuntu; or chromium), ` +
        `or set CHROMIUM_PATH to a Chromium or Chrome executable.`,
    );
  }
  return chromium.launch({executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS], headless: true});
}
