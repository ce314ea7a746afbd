/** Debian's chromium driven by playwright-core: headless, sandbox off (containers), no background traffic. */
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.DRAGNET_CHROMIUM ?? '/usr/bin/chromium';

/** `gpu: true` leaves out `--disable-gpu` (compositing then also runs on SwiftShader). */
export function launchChromium(options: { gpu?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      ...(options.gpu ? [] : ['--disable-gpu']),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-default-apps',
      '--disable-extensions',
      // WebGL (sigma) without a GPU: software rasteriser.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}
