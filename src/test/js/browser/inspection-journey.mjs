// Walks a database inspection through the desk as its users would. An engineer starts it
// in Tasklist for one target, reviews the warnings, raises tickets for them and reads the
// results on the inspection page. A manager then reads the same page. Prints one line per
// step and saves screenshots. Exits with 1 when a step fails, with a screenshot of the
// failing page, and with 2 when a setting or the browser is missing.
//
// Environment:
//   BASE_URL                                 where the service desk runs, e.g. http://localhost:8080
//   ENGINEER_USER, ENGINEER_PASSWORD         a member of the group engineers
//   MANAGER_USER, MANAGER_PASSWORD           a member of the group managers
//   TARGET                                   the Oracle target to inspect (default: LIMS)
//   SCREENSHOT_DIR, CHROMIUM_PATH, DESK_ZONE, STEP_TIMEOUT_MS as in fault-journey.mjs
//
// From the project folder, against a desk started with SPRING_PROFILES_ACTIVE=demo:
//   BASE_URL=http://localhost:8080 TARGET=DEMO ENGINEER_USER=engineer ENGINEER_PASSWORD=... \
//     MANAGER_USER=manager MANAGER_PASSWORD=... node src/test/js/browser/inspection-journey.mjs

import {
  dismissTooltips,
  field,
  logIn,
  logOut,
  noServerErrors,
  readConfig,
  runJourney,
  screenshot,
  screenshotTall,
  taskList,
  waitForSuccess,
  waitForValue,
} from './journey.mjs';

const REVIEW_TASK = /^XJ-\d{4}-\d{5} 复核巡检结果$/;
const CHECK_COUNT = 8;
// The checks run as background jobs, so the review task appears some seconds after the start.
const REVIEW_WAIT_MS = 90000;

const config = readConfig(['engineer', 'manager']);
const run = {
  target: process.env.TARGET || 'LIMS',
  startedAt: Date.now(),
  inspectionNumber: null,
  taskName: null,
  tickets: [],
};

const steps = [
  ['engineer logs in to Tasklist', engineerLogsIn],
  [`engineer starts 数据库巡检 for target ${run.target}`, engineerStartsInspection],
  ['engineer finds the review task in 组内待认领', engineerFindsReviewTask],
  ['engineer claims the review and raises tickets for the findings', engineerRaisesTickets],
  ['engineer reads the results on the inspection page', engineerReadsInspectionPage],
  ['engineer logs out', logOutOfTasklist],
  ['manager reads the same inspection', managerReadsInspectionPage],
  ['no request failed with a server error', noServerErrors],
];

await runJourney('inspection-journey', steps,
  () => `Inspection journey passed: ${run.inspectionNumber} reviewed, tickets ${run.tickets.join(' ')}`);

// --- Steps -------------------------------------------------------------------------------

async function engineerLogsIn(page) {
  await logIn(page, 'tasklist', config.engineer);
  await page.getByRole('link', { name: 'Start process' }).waitFor();
}

async function engineerStartsInspection(page) {
  await page.getByRole('link', { name: 'Start process' }).click();
  await page.getByRole('link', { name: '数据库巡检', exact: true }).click();
  await field(page, '巡检目标').fill(run.target);
  await screenshotTall(page, '01-engineer-inspection-form.png');

  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await waitForSuccess(page, page.getByText('The process has been started.'));
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
}

// NOTE: takes the first review task of the filter, which is this run's only when no other
// inspection waits for its review.
async function engineerFindsReviewTask(page) {
  const deadline = Date.now() + REVIEW_WAIT_MS;
  const reviews = taskList(page).getByRole('link', { name: REVIEW_TASK });
  while ((await reviews.count()) === 0) {
    if (Date.now() > deadline) {
      throw new Error(`no review task appeared in 组内待认领 within ${REVIEW_WAIT_MS / 1000} s`);
    }
    await page.waitForTimeout(2000);
    await page.goto(`${config.baseUrl}/camunda/app/tasklist/`);
    await page.getByRole('link', { name: /^组内待认领/ }).click();
    await page.waitForTimeout(1000);
  }
  const taskName = (await reviews.first().textContent()).trim();
  run.inspectionNumber = taskName.split(' ')[0];
  run.taskName = taskName;
  console.log(`      inspection number: ${run.inspectionNumber}`);
  await reviews.first().click();
  await page.getByRole('heading', { name: taskName, exact: true, level: 2 }).waitFor();
  await dismissTooltips(page);
  await screenshot(page, '02-engineer-review-task.png');
}

async function engineerRaisesTickets(page) {
  await page.getByRole('button', { name: 'Claim', exact: true }).click();
  await page.getByRole('button', { name: 'Claim', exact: true }).waitFor({ state: 'hidden' });

  const findings = field(page, '待复核的结果');
  await waitForValue(findings, (value) => value.includes('表空间使用率'), 'the tablespace warning among the findings');
  await page.getByRole('radio', { name: '为这些结果登记故障工单' }).check();
  await field(page, '复核说明').fill('表空间和临时表需要处理，已登记工单');
  await dismissTooltips(page);
  await screenshotTall(page, '03-engineer-review-form.png');

  await page.getByRole('button', { name: 'Complete', exact: true }).click();
  // A rejected review keeps the task, so the task leaving the list means it was accepted.
  await taskList(page).getByRole('link', { name: run.taskName, exact: true }).waitFor({ state: 'detached' });
}

async function engineerReadsInspectionPage(page) {
  await openInspectionPage(page);
  await screenshotTall(page, '04-engineer-inspection-page.png');
}

async function logOutOfTasklist(page) {
  await page.goto(`${config.baseUrl}/camunda/app/tasklist/`);
  await logOut(page);
}

async function managerReadsInspectionPage(page) {
  await logIn(page, 'tasklist', config.manager);
  await openInspectionPage(page);
  await screenshotTall(page, '05-manager-inspection-page.png');
}

// Opens the page on this run's inspection and checks that every check has a row and that
// the reviewed findings name their tickets. The page is loaded again until they do, because
// Tasklist may drop the task from its list before the review is committed.
async function openInspectionPage(page) {
  const deadline = Date.now() + config.stepTimeout;
  let ticket = '';
  for (;;) {
    await page.goto(`${config.baseUrl}/desk/inspections.html?id=${encodeURIComponent(run.inspectionNumber)}`);
    await page.locator('#detail-title').filter({ hasText: run.inspectionNumber }).waitFor();
    const tablespaces = page.locator('#results > tbody > tr').filter({ hasText: '表空间使用率' });
    ticket = (await tablespaces.locator(':scope > td').nth(5).textContent()).trim();
    if (/^GZ-\d{4}-\d{5}$/.test(ticket) || Date.now() > deadline) {
      break;
    }
    await page.waitForTimeout(1000);
  }
  if (!/^GZ-\d{4}-\d{5}$/.test(ticket)) {
    throw new Error(`the tablespace result names no ticket, its 工单 cell shows "${ticket}"`);
  }
  const rows = page.locator('#results > tbody > tr');
  const count = await rows.count();
  if (count !== CHECK_COUNT) {
    throw new Error(`the inspection page shows ${count} results, expected ${CHECK_COUNT}`);
  }
  run.tickets = [];
  for (const cell of await rows.locator(':scope > td:nth-child(6)').allTextContents()) {
    if (/^GZ-\d{4}-\d{5}$/.test(cell.trim())) {
      run.tickets.push(cell.trim());
    }
  }
  console.log(`      tickets on the page: ${run.tickets.join(' ')}`);
}
