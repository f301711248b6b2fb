/**
 * Debian's chromium driven by playwright-core (no browser download), and an in-process masar server on
 * 127.0.0.1 with a random port. Screenshots go to test-artifacts/browser/ (gitignored).
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ServerType, serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { createApp } from '../../src/server/app.js';
import type { Store } from '../../src/store/store.js';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM)
  console.warn(`skipping browser tests: ${CHROMIUM} is absent (run scripts/setup-test-env.sh)`);

export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/browser/', import.meta.url));

/** A fresh profile every launch (playwright's launch makes a new --user-data-dir itself). */
export function launchBrowser(): Promise<Browser> {
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  return chromium.launch({ executablePath: CHROMIUM, args, headless: true });
}

export async function startServer(store: Store): Promise<{ url: string; server: ServerType }> {
  const app = createApp(store);
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ url: `http://127.0.0.1:${info.port}/`, server }),
    );
  });
}

export function screenshotPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, `${name}.png`);
}
