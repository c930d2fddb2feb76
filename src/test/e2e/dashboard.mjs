// The managers' dashboard in a real browser, run by DashboardInABrowser from README's test command.
//   BASE_URL       the running application
//   OPEN_CASES     the open cases the summary must show
//   LEVEL_ONE      the open cases at Level 1
//   LEVEL_ONE_CASE a case at Level 1, to find behind that figure
import { accessible, base, check, inBrowser, signIn } from './browser.mjs';

await inBrowser(async (browser) => {
  const max = await signIn(browser, 'max');
  await max.getByRole('link', { name: 'Pathway dashboard' }).click();
  await max.waitForSelector('#sharing');
  for (const panel of ['#summary', '#levels', '#work', '#pregnancy', '#plans', '#children-not-seen', '#sharing', '#levels-chart', '#steps-chart', '#pregnancy-chart']) {
    check((await max.locator(panel).count()) === 1, `max sees the ${panel.slice(1)} panel`);
  }
  const open = await max.locator('[data-figure="Open cases"]').innerText();
  check(open === process.env.OPEN_CASES, `the open cases figure (${open}) matches the seeded cases (${process.env.OPEN_CASES})`);
  await accessible(max, 'the dashboard');

  // A tablet held upright: the page fits its width, charts and tables included.
  await max.setViewportSize({ width: 768, height: 1024 });
  await max.reload();
  await max.waitForSelector('#sharing');
  const overflow = await max.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `the dashboard fits a tablet's width (overflow ${overflow}px)`);
  await max.setViewportSize({ width: 1280, height: 800 });

  await max.selectOption('#level', '1');
  await Promise.all([max.waitForURL(/level=1/), max.getByRole('button', { name: 'Apply filters' }).click()]);
  await max.waitForSelector('#sharing');
  const atLevelOne = await max.locator('[data-figure="Open cases"]').innerText();
  check(atLevelOne === process.env.LEVEL_ONE, `filtered to Level 1, the open cases figure (${atLevelOne}) is the Level 1 count (${process.env.LEVEL_ONE})`);

  await Promise.all([max.waitForURL(/\/dashboard\/cases\?/), max.locator('[data-figure="Open cases"] a').click()]);
  await max.waitForSelector('#cases-shown');
  check((await max.locator('main').innerText()).includes(process.env.LEVEL_ONE_CASE), 'the figure opens the list of cases behind it');
  await accessible(max, 'the cases behind a figure');

  const sam = await signIn(browser, 'sam');
  const refused = await sam.goto(`${base}/dashboard`);
  check(refused.status() === 403, 'sam, a social worker, gets 403 for the dashboard');
  check((await sam.locator('h1').innerText()).includes('This page is for managers'), 'and a page that says why');
});
