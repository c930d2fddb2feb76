// What the browser tests share: Debian's headless Chromium through playwright-core, signing in,
// the accessibility check, and watching for script errors and Content-Security-Policy violations.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(new URL('../../main/web/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const base = process.env.BASE_URL;

/** Script errors and CSP violations seen on any page. */
export const problems = [];

export function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log(`ok: ${message}`);
}

/** Fails on any serious or critical accessibility violation axe-core finds on the page. */
export async function accessible(page, what) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }),
  );
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of serious) console.log(`axe ${what}: ${v.id} ${v.impact} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  check(serious.length === 0, `${what} has no serious accessibility violation`);
}

function watch(page) {
  page.on('console', (m) => {
    if (process.env.E2E_DEBUG) console.log(`console ${m.type()}: ${m.text()}`);
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
}

export async function signIn(browser, user) {
  const page = await (await browser.newContext()).newPage();
  watch(page);
  await page.goto(`${base}/`);
  check(page.url().startsWith(`${base}/login`), `${user} is sent to the login page first`);
  await page.fill('#username', user);
  await page.fill('#password', 'demo');
  await Promise.all([page.waitForURL((url) => url.pathname === '/'), page.click('button[type=submit]')]);
  return page;
}

/** Runs the steps in a fresh browser; on failure prints what each page showed and screenshots it. */
export async function inBrowser(steps) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  try {
    await steps(browser);
    check(problems.length === 0, `no script error or Content-Security-Policy violation${problems.length ? `: ${problems.join(' | ')}` : ''}`);
  } catch (failure) {
    for (const context of browser.contexts()) {
      for (const [i, page] of context.pages().entries()) {
        console.log(`page ${i} at ${page.url()}:\n${(await page.locator('main').innerText().catch(() => '')).slice(0, 2000)}`);
        await page.screenshot({ path: `${process.env.SCREENSHOTS ?? '/tmp'}/e2e-failure-${i}.png`, fullPage: true }).catch(() => {});
      }
    }
    throw failure;
  } finally {
    await browser.close();
  }
}
