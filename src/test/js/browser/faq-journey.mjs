// A reporter searches the FAQ page in Chinese and reads an article, as institute staff would
// before asking a question. The test creates the articles first: one published article that
// the query finds, and one withdrawn article that it would find too but must not show. Prints
// one line per step and saves screenshots. Exits with 1 when a step fails, with a screenshot of
// the failing page, and with 2 when a setting or the browser is missing.
//
// Environment:
//   BASE_URL                                 where the service desk runs, e.g. http://localhost:8080
//   REPORTER_USER, REPORTER_PASSWORD         a member of the group reporters
//   FAQ_QUERY                                the search terms, separated by spaces
//   FAQ_CODE, FAQ_ANSWER                     the published article the query finds, and its answer
//   FAQ_WITHDRAWN_CODE                       a withdrawn article that the query matches
//   SCREENSHOT_DIR, CHROMIUM_PATH, DESK_ZONE, STEP_TIMEOUT_MS as in fault-journey.mjs
//
// From the project folder:
//   BASE_URL=http://localhost:8080 REPORTER_USER=reporter REPORTER_PASSWORD=... FAQ_QUERY='报告 打印' \
//     FAQ_CODE=FAQ-0001 FAQ_ANSWER=... FAQ_WITHDRAWN_CODE=FAQ-0002 node src/test/js/browser/faq-journey.mjs

import { logIn, noServerErrors, readConfig, runJourney, screenshot, screenshotTall } from './journey.mjs';

const config = readConfig(['reporter']);
const article = {
  query: required('FAQ_QUERY'),
  code: required('FAQ_CODE'),
  answer: required('FAQ_ANSWER'),
  withdrawnCode: required('FAQ_WITHDRAWN_CODE'),
};

const steps = [
  ['reporter logs in to Tasklist', reporterLogsIn],
  ['reporter opens the FAQ page', reporterOpensFaqPage],
  ['reporter searches in Chinese', reporterSearches],
  ['reporter opens the article', reporterOpensArticle],
  ['no request failed with a server error', noServerErrors],
];

await runJourney('faq-journey', steps,
  () => `FAQ journey passed: ${article.code} read by ${config.reporter.name}`);

// --- Steps -------------------------------------------------------------------------------

// Tries the login a second time when the first fails, because on a loaded machine the first
// request of the webapp can exceed RequireJS's module load timeout and leave Tasklist blank.
// Loading it again takes the modules from the browser cache.
async function reporterLogsIn(page) {
  try {
    await logIn(page, 'tasklist', config.reporter);
  }
  catch (error) {
    console.log(`      first login failed, trying once more: ${error.message.split('\n')[0]}`);
    await logIn(page, 'tasklist', config.reporter);
  }
}

async function reporterOpensFaqPage(page) {
  await page.goto(`${config.baseUrl}/desk/faq.html`);
  await page.getByRole('heading', { name: '常见问题', level: 1 }).waitFor();
  await page.locator('#message').filter({ hasNotText: /正在/ }).waitFor();
  for (const staffOnly of ['#status', '#new-article']) {
    if (await page.locator(staffOnly).isVisible()) {
      throw new Error(`the FAQ page shows ${staffOnly}, which is for the staff only, to a reporter`);
    }
  }
}

async function reporterSearches(page) {
  await page.getByRole('searchbox', { name: '搜索' }).fill(article.query);
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  // The page lists every article before the first search, so the hits count only once the
  // message says that they are ranked, which it says for a search with terms only.
  await page.locator('#message').filter({ hasText: '按相关程度排序' }).waitFor();
  const codes = (await page.locator('#results > tbody > tr > td:first-child').allTextContents())
    .map((code) => code.trim());
  if (!codes.includes(article.code)) {
    throw new Error(`the search lists ${codes.join(', ')} but not the article ${article.code}`);
  }
  if (codes.includes(article.withdrawnCode)) {
    throw new Error(`the search lists the withdrawn article ${article.withdrawnCode}: ${codes.join(', ')}`);
  }
  await screenshot(page, '01-reporter-faq-search.png');
}

async function reporterOpensArticle(page) {
  await page.locator('#results > tbody > tr').filter({ hasText: article.code }).click();
  await page.locator('#article-title').filter({ hasText: article.code }).waitFor();
  const answer = page.locator('#article-facts dt').filter({ hasText: /^答复$/ }).locator('+ dd');
  const answerText = (await answer.textContent()).trim();
  if (answerText !== article.answer) {
    throw new Error(`the article shows the answer "${answerText}", expected "${article.answer}"`);
  }
  if (await page.locator('#history').isVisible()) {
    throw new Error('the article shows its version history, which is for the staff only, to a reporter');
  }
  await screenshotTall(page, '02-reporter-faq-article.png');
}

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`FAIL  missing environment variable ${name}`);
    process.exit(2);
  }
  return value;
}
