// Information governance in a real browser, run by InformationGovernanceIT from README's test
// command.
//   BASE_URL  the running application
//   CASE_ID   a case referred by health visiting (hana), which school (sara) does not work with
import { accessible, base, check, inBrowser, signIn } from './browser.mjs';

const caseId = process.env.CASE_ID;

await inBrowser(async (browser) => {
  const sara = await signIn(browser, 'sara');
  const refused = await sara.goto(`${base}/cases/${caseId}`);
  check(refused.status() === 403, 'sara, at a school, cannot open the case');
  await sara.getByRole('link', { name: /emergency access/ }).click();
  await sara.waitForSelector('#reason');
  check((await sara.locator('.govuk-warning-text').innerText()).includes('does not work with this family'), 'the break-glass page warns in plain words');
  await accessible(sara, 'the break-glass page');
  await sara.fill('#reason', 'urgent');
  await sara.getByRole('button', { name: 'Open the record in an emergency' }).click();
  await sara.waitForSelector('.govuk-error-summary');
  check((await sara.locator('.govuk-form-group--error').innerText()).includes('at least 10 characters'), 'a short reason is refused at the field');
  await sara.fill('#reason', 'Child came to school with bruises and says mum is unwell');
  await sara.getByRole('button', { name: 'Open the record in an emergency' }).click();
  await sara.waitForSelector('h1:has-text("Case ")');
  check((await sara.locator('.govuk-notification-banner').innerText()).includes('cannot change it'), 'the case opens, saying it is read-only');

  const hana = await signIn(browser, 'hana');
  await hana.goto(`${base}/cases/${caseId}`);
  await hana.waitForSelector('#access-log-section table');
  const log = await hana.locator('#access-log-section').innerText();
  check(log.includes('Who has seen this record'), 'the lead sees who has seen the record');
  check(log.includes('sara') && log.includes('Emergency access') && log.includes('Refused'), 'including sara, her refusal and her emergency access');
  await hana.selectOption('#log-surface', 'api');
  await hana.getByRole('button', { name: 'Search the log' }).click();
  await hana.waitForSelector('#access-log-section table');
  await accessible(hana, 'the case page with its access log');

  const ivy = await signIn(browser, 'ivy');
  await ivy.getByRole('link', { name: 'Information governance' }).click();
  await ivy.waitForSelector('#unusual-access');
  check((await ivy.locator('#unusual').innerText()).includes(caseId), 'the unusual-access report lists the refused attempt');
  await ivy.getByRole('button', { name: 'Check every entry' }).click();
  await ivy.waitForSelector('.govuk-panel__title');
  check((await ivy.locator('.govuk-panel__title').innerText()) === 'The log is intact', 'the chain checks out');
  await accessible(ivy, 'the information governance page');

  const max = await signIn(browser, 'max');
  await max.goto(`${base}/dashboard`);
  await max.waitForSelector('#break-glass');
  check((await max.locator('main').innerText()).includes('Child came to school with bruises'), 'the dashboard shows the emergency access and why');
});
