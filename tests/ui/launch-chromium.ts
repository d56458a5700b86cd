// Debian's headless Chromium (/usr/bin/chromium) driven by playwright-core: no browser download, a
// fresh profile per launch, nothing that phones home. Shared by the browser tests and bench/ui.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const hasChromium = () => fs.existsSync(CHROMIUM_PATH);

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export interface LaunchedChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<LaunchedChromium> {
  // Playwright takes the --user-data-dir through launchPersistentContext: a fresh one every launch.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
