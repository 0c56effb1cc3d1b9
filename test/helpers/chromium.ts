// Debian's Chromium as the browser tests start it: headless, a fresh profile, none of its own background traffic.
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** A browser on a fresh profile in `profile`; `args` adds flags (a host-resolver rule), `viewport` sets the size. */
export function launchChromium(
  profile: string,
  options: { args?: string[]; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
    ...(options.viewport ? { viewport: options.viewport } : {}),
  });
}
