// What-if in a real browser, run by ModelDeploymentIT from README's test command.
//   BASE_URL   the running application
//   TABLE      a changed copy of the level table (a path), raising one rule's level
//   REPLAYED   the level decisions the report must replay
//   CASE_ID    the case whose decision the change moves from Level 3 to Level 4
import { accessible, base, check, inBrowser, signIn } from './browser.mjs';

await inBrowser(async (browser) => {
  const dee = await signIn(browser, 'dee');
  await dee.getByRole('link', { name: 'Try a decision change' }).click();
  await dee.waitForSelector('#file');
  await accessible(dee, 'the what-if page');

  await dee.getByRole('button', { name: 'Try it on past decisions' }).click();
  await dee.waitForSelector('.govuk-error-summary');
  check((await dee.locator('.govuk-error-summary').innerText()).includes('Choose the .dmn file'), 'without a file, the page says to choose one');

  await dee.setInputFiles('#file', process.env.TABLE);
  await dee.getByRole('button', { name: 'Try it on past decisions' }).click();
  await dee.waitForSelector('#matrix-staged-intervention-level');
  const replayed = await dee.locator('[data-figure="Decisions replayed"]').innerText();
  check(replayed === process.env.REPLAYED, `the report replays every level decision (${replayed} of ${process.env.REPLAYED})`);
  const changed = await dee.locator('[data-figure="Would get a different answer"]').innerText();
  check(changed === '1', `one decision would change (${changed})`);
  check((await dee.locator('#chart-staged-intervention-level').count()) === 1, 'the matrix is drawn as a chart too');
  check((await dee.locator('#matrix-staged-intervention-level button').count()) === 0, 'a designer sees figures only, no way to the cases');
  await accessible(dee, 'the what-if report');

  const max = await signIn(browser, 'max');
  await max.goto(`${base}/models/what-if`);
  await max.setInputFiles('#file', process.env.TABLE);
  await max.getByRole('button', { name: 'Try it on past decisions' }).click();
  await max.waitForSelector('#matrix-staged-intervention-level');
  await max.getByRole('button', { name: /from Level 3 to Level 4/ }).click();
  await max.waitForSelector('#cases-staged-intervention-level a');
  check((await max.locator('#cases-staged-intervention-level').innerText()).includes(process.env.CASE_ID), 'a manager opens the case behind the changed cell');

  const sam = await signIn(browser, 'sam');
  const refused = await sam.goto(`${base}/models/what-if`);
  check(refused.status() === 403, 'sam, a social worker, gets 403 for what-if');
  check((await sam.locator('h1').innerText()).includes('service designers and managers'), 'and a page that says why');
});
