// The workspace in a real browser, run by WorkspaceInABrowser from README's test command against a
// running carepath. Exits non-zero with the failed step.
//   BASE_URL   the running application
//   CASE_ID    a case referred by health visiting, waiting for its consent decision
//   CHILD      a child on that case
import { accessible, base, check, inBrowser, signIn } from './browser.mjs';

const caseId = process.env.CASE_ID;
const child = process.env.CHILD;

await inBrowser(async (browser) => {
  const hana = await signIn(browser, 'hana');
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

  const sara = await signIn(browser, 'sara');
  const refused = await sara.goto(`${base}/cases/${caseId}`);
  check(refused.status() === 403, 'sara, at a school, gets 403 for the case');
  check((await sara.locator('h1').innerText()).includes('You cannot open this case'), 'and a page that says why');
  await accessible(sara, 'the 403 page');
});
