// The workspace in a real browser (Debian's headless Chromium), run by WorkspaceInABrowser from
// README's test command against a running carepath. Exits non-zero with the failed step.
//   BASE_URL   the running application
//   CASE_ID    a case referred by health visiting, waiting for its consent decision
//   CHILD      a child on that case
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(new URL('../../main/web/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const base = process.env.BASE_URL;
const caseId = process.env.CASE_ID;
const child = process.env.CHILD;
const problems = [];

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log(`ok: ${message}`);
}

/** Fails on any serious or critical accessibility violation axe-core finds on the page. */
async function accessible(page, what) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }),
  );
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of serious) console.log(`axe ${what}: ${v.id} ${v.impact} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  check(serious.length === 0, `${what} has no serious accessibility violation`);
}

function watch(page) {
  if (process.env.E2E_DEBUG) {
    page.on('console', (m) => console.log(`console ${m.type()}: ${m.text()}`));
    page.on('requestfinished', (r) => console.log(`request ${r.method()} ${r.url()}`));
    page.on('pageerror', (e) => console.log(`pageerror ${e.stack}`));
  }
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
}

async function signIn(context, user) {
  const page = await context.newPage();
  watch(page);
  await page.goto(`${base}/`);
  check(page.url().startsWith(`${base}/login`), `${user} is sent to the login page first`);
  await page.fill('#username', user);
  await page.fill('#password', 'demo');
  await Promise.all([page.waitForURL((url) => url.pathname === '/'), page.click('button[type=submit]')]);
  return page;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
try {
  const hana = await signIn(await browser.newContext(), 'hana');
  await hana.waitForSelector('#work-total');
  const consentTask = hana.locator('tr', { hasText: caseId }).locator('a', { hasText: 'Record information-sharing consent' });
  check((await consentTask.count()) === 1, `hana sees her agency's consent task for ${caseId}`);
  await accessible(hana, 'the work list');

  await consentTask.click();
  await hana.waitForSelector('.fjs-form');
  await hana.getByLabel('No, consent declined').check();
  // Blank to the engine (it trims), though not empty to the form: the engine's 400 is shown.
  await hana.getByLabel('Reasons').fill('   ');
  await hana.click('#complete-task');
  const fieldError = hana.locator('.fjs-form-field', { hasText: 'Reasons' }).locator('.fjs-form-field-error');
  await fieldError.waitFor();
  check((await fieldError.innerText()).includes('record why information is or is not shared'), 'the engine refuses the one invalid answer and says so next to the field');
  check((await hana.locator('.govuk-error-summary').count()) === 1, 'an error summary leads the page');
  await accessible(hana, 'the form with its errors');

  await hana.getByLabel('Reasons').fill('Mother does not want other agencies told yet; we will ask again next week.');
  // form-js takes the answer after a short pause and clears the field's message: wait for that,
  // as a person would, rather than click while the form is re-drawn.
  await fieldError.waitFor({ state: 'detached' });
  await Promise.all([hana.waitForURL(new RegExp(`/cases/${caseId}\\?done=`)), hana.click('#complete-task')]);
  await hana.waitForSelector('.moj-identity-bar');
  check((await hana.locator('.govuk-notification-banner--success').count()) === 1, 'the consent form is accepted and the case page opens');
  await hana.waitForSelector('#chronology');
  check((await hana.locator('#chronology').innerText()).includes('Consent to share information: declined'), 'the consent decision is on the chronology');
  await accessible(hana, 'the case page');

  await hana.selectOption('#entry-kind', 'visit');
  await hana.fill('#entry-summary', 'Home visit: kitchen stocked, mother calmer, Ben at school.');
  await Promise.all([hana.waitForURL(/saved=The%20entry/), hana.click('#chronology-entry-form button[type=submit]')]);
  await hana.waitForSelector('#chronology');
  check((await hana.locator('#chronology').innerText()).includes('Home visit: kitchen stocked'), 'her entry is on the chronology');

  await hana.selectOption('#seen-child', child);
  await hana.check('#seen-alone');
  await hana.fill('#seen-views', 'I like it when mum walks me to school.');
  await Promise.all([hana.waitForURL(/saved=The%20child/), hana.click('#child-seen-form button[type=submit]')]);
  await hana.waitForSelector('#chronology');
  const chronology = await hana.locator('#chronology').innerText();
  check(chronology.includes('Seen and spoken to alone') && chronology.includes('I like it when mum walks me to school.'), 'the child seen and heard is on the chronology');

  const printed = await hana.goto(`${base}/cases/${caseId}/chronology/print`);
  check(printed.status() === 200 && printed.headers()['cache-control']?.includes('no-store'), 'the print view opens and is not cached');
  check(/script-src 'self'/.test(printed.headers()['content-security-policy'] ?? ''), 'the page allows no inline script');
  await hana.waitForSelector('#chronology');

  await hana.goto(`${base}/`);
  await hana.waitForSelector('#work-total');
  await Promise.all([hana.waitForURL(/\/login\?signed-out/), hana.getByRole('button', { name: /Sign out/ }).click()]);
  check(true, 'hana signs out');

  const sara = await signIn(await browser.newContext(), 'sara');
  const refused = await sara.goto(`${base}/cases/${caseId}`);
  check(refused.status() === 403, 'sara, at a school, gets 403 for the case');
  check((await sara.locator('h1').innerText()).includes('You cannot open this case'), 'and a page that says why');
  await accessible(sara, 'the 403 page');

  check(problems.length === 0, `no script error or Content-Security-Policy violation${problems.length ? `: ${problems.join(' | ')}` : ''}`);
} catch (failure) {
  // What the page showed when the step failed, for whoever reads the build's output.
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
