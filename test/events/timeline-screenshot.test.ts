import { existsSync, mkdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analyzePaths } from '../../src/cli/analyze-paths.js';
import { buildStory } from '../../src/story/build-story.js';
import { renderTimelineHtml } from '../../src/story/timeline-html.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));
const OUT = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM)
  console.warn(
    `skipping the timeline screenshot: ${CHROMIUM} is absent (scripts/setup-test-env.sh installs it)`,
  );

describe.skipIf(!HAS_CHROMIUM)('the HTML timeline in headless Chromium', () => {
  it('renders offline, asks for nothing outside the page, and is saved as test-artifacts/timeline.png', async () => {
    const { docs } = analyzePaths([SAMPLES], {});
    const html = renderTimelineHtml(buildStory(docs, {}));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.setContent(html, { waitUntil: 'load' });
      mkdirSync(OUT, { recursive: true });
      await page.screenshot({ path: `${OUT}timeline.png`, fullPage: true });
      expect({ requests, saved: statSync(`${OUT}timeline.png`).size > 10_000 }).toEqual({
        requests: [],
        saved: true,
      });
    } finally {
      await browser.close();
    }
  }, 60_000);
});
