// Walks one fault through the Camunda webapps as its users would: the reporter files it in
// Tasklist, an engineer claims and triages it, and a manager finds the running instance in
// Cockpit. Prints one line per step and saves screenshots. Exits with 1 when a step fails,
// with a screenshot of the failing page, and with 2 when a setting or the browser is missing.
//
// Environment:
//   BASE_URL                                 where the service desk runs, e.g. http://localhost:8080
//   REPORTER_USER, REPORTER_PASSWORD         a member of the group reporters
//   ENGINEER_USER, ENGINEER_PASSWORD         a member of the group engineers
//   MANAGER_USER, MANAGER_PASSWORD           a member of the group managers
//   SCREENSHOT_DIR                           folder for the PNG files (default: screenshots)
//   CHROMIUM_PATH                            browser binary (default: /usr/bin/chromium)
//   DESK_ZONE                                browser time zone (default: Asia/Shanghai, as desk.zone)
//   STEP_TIMEOUT_MS                          maximum wait for one element (default: 30000)
//
// Needs playwright-core, which `npm ci` in src/test/js installs. From the project folder:
//   BASE_URL=http://localhost:8080 REPORTER_USER=reporter REPORTER_PASSWORD=... \
//     ENGINEER_USER=engineer ENGINEER_PASSWORD=... MANAGER_USER=manager MANAGER_PASSWORD=... \
//     node src/test/js/browser/fault-journey.mjs

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';

const TICKET_NUMBER = /GZ-\d{4}-\d{5}/;
const TRIAGE_TASK = /^GZ-\d{4}-\d{5} 分诊故障$/;
const TALL_VIEWPORT = { width: 1400, height: 1600 };
const VIEWPORT = { width: 1400, height: 900 };

// The networking flags keep Chromium from contacting outside services at start, because those
// requests fail on a machine without internet access.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const config = readConfig();
const run = {
  // A contact name of this run only, so that the engineer opens this fault and no other.
  contactName: `浏览器巡检 ${Date.now().toString(36)}`,
  ticketNumber: null,
  stoppedBy: null,
  serverErrors: [],
  pageErrors: [],
};

const steps = [
  ['reporter logs in to Tasklist', reporterLogsIn],
  ['reporter fills the fault report form', reporterFillsFaultForm],
  ['reporter submits the fault report', reporterSubmitsFaultForm],
  ['reporter logs out', logOut],
  ['engineer logs in and opens the filter 组内待认领', engineerOpensGroupTasks],
  ['engineer opens the triage task of the new fault', engineerOpensTriageTask],
  ['engineer claims the task and fills the triage form', engineerFillsTriageForm],
  ['engineer completes the triage', engineerCompletesTriage],
  ['engineer logs out', logOut],
  ['manager opens 故障处理 in Cockpit and sees the token on 处理故障', managerOpensProcess],
  ['manager opens the process instance by its business key', managerOpensInstance],
  ['no request failed with a server error', noServerErrors],
];

await main();

async function main() {
  mkdirSync(config.screenshotDir, { recursive: true });
  const profileDir = mkdtempSync(path.join(tmpdir(), 'fault-journey-'));
  let context;
  let exitCode = 0;
  // A caller that gives up (a test timeout, Ctrl-C) still gets Chromium stopped and the
  // profile removed.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      run.stoppedBy = signal;
      console.error(`FAIL  stopped by ${signal}`);
      await context?.close().catch(() => {});
      rmSync(profileDir, { recursive: true, force: true });
      process.exit(1);
    });
  }
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: config.chromiumPath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: VIEWPORT,
      locale: 'zh-CN',
      timezoneId: config.zone,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(config.stepTimeout);
    page.setDefaultNavigationTimeout(config.stepTimeout * 2);
    watchPage(page);
    exitCode = await runSteps(page);
  }
  catch (error) {
    console.error(`FAIL  starting Chromium at ${config.chromiumPath} failed: ${error.message}`);
    exitCode = 1;
  }
  finally {
    await context?.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
  process.exit(exitCode);
}

async function runSteps(page) {
  for (const [index, [name, action]] of steps.entries()) {
    const label = `${index + 1}/${steps.length} ${name}`;
    const started = Date.now();
    try {
      await action(page);
    }
    catch (error) {
      if (run.stoppedBy !== null) {
        return 1;
      }
      // Playwright puts the locator it waited for in the call log below the first line.
      const [summary, ...details] = messageLines(error);
      console.error(`FAIL  ${label}: ${summary}`);
      for (const line of details.slice(0, 5)) {
        console.error(`      ${line.trim()}`);
      }
      console.error(`      page: ${page.url()}`);
      const file = path.join(config.screenshotDir, `failure-${String(index + 1).padStart(2, '0')}.png`);
      try {
        await page.screenshot({ path: file, timeout: 10000 });
        console.error(`      screenshot of the failing page: ${file}`);
      }
      catch (screenshotError) {
        console.error(`      screenshot of the failing page failed: ${messageLines(screenshotError)[0]}`);
      }
      for (const message of [...run.serverErrors, ...run.pageErrors]) {
        console.error(`      seen during the run: ${message}`);
      }
      return 1;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`PASS  ${label} (${seconds} s)`);
  }
  console.log(`Fault journey passed: ticket number ${run.ticketNumber} waits at 处理故障`);
  return 0;
}

function watchPage(page) {
  page.on('response', (response) => {
    if (response.status() >= 500) {
      const request = response.request();
      run.serverErrors.push(`HTTP ${response.status()} from ${request.method()} ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => run.pageErrors.push(`script error: ${error.message}`));
}

// --- Steps -------------------------------------------------------------------------------

async function reporterLogsIn(page) {
  await logIn(page, 'tasklist', config.reporter);
  await page.getByRole('link', { name: 'Start process' }).waitFor();
}

async function reporterFillsFaultForm(page) {
  await page.getByRole('link', { name: 'Start process' }).click();
  await page.getByRole('link', { name: '故障处理', exact: true }).click();

  await field(page, '联系人').fill(run.contactName);
  await field(page, '联系电话').fill('+86 10 6512-3456');
  await chooseOption(page, '受影响模块', '结果录入');
  await field(page, '故障描述').fill(`结果录入页面保存时提示“数据库连接超时”（${run.contactName}）`);
  await field(page, '影响人数').fill('12');
  await waitForSelectValue(page, '报告渠道', 'Tasklist');

  await screenshotTall(page, '01-reporter-fault-form.png');
}

async function reporterSubmitsFaultForm(page) {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await waitForSuccess(page, page.getByText('The process has been started.'));
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await screenshot(page, '02-reporter-after-submit.png');
}

async function engineerOpensGroupTasks(page) {
  await logIn(page, 'tasklist', config.engineer);
  await page.getByRole('link', { name: /^组内待认领/ }).click();
  await taskList(page).getByRole('link', { name: TRIAGE_TASK }).first().waitFor();
  await dismissTooltips(page);
  await screenshot(page, '03-engineer-group-tasks.png');
}

// NOTE: looks only at the tasks that Tasklist has loaded, its first page of the filter.
async function engineerOpensTriageTask(page) {
  const links = taskList(page).getByRole('link', { name: TRIAGE_TASK });
  const count = await links.count();
  for (let i = 0; i < count; i++) {
    const taskName = (await links.nth(i).textContent()).trim();
    const number = taskName.match(TICKET_NUMBER)[0];
    await links.nth(i).click();
    await page.getByRole('heading', { name: taskName, exact: true, level: 2 }).waitFor();
    const report = field(page, '故障报告');
    await waitForValue(report, (value) => value.includes(number), `the report of ${number}`);
    if ((await report.inputValue()).includes(run.contactName)) {
      run.ticketNumber = number;
      break;
    }
  }
  if (run.ticketNumber === null) {
    throw new Error(`triage task for contact ${run.contactName} not found among the ${count} tasks in 组内待认领`);
  }
  console.log(`      ticket number: ${run.ticketNumber}`);
  await checkDueDateShown(page);
}

async function engineerFillsTriageForm(page) {
  await page.getByRole('button', { name: 'Claim', exact: true }).click();
  await page.getByRole('button', { name: 'Claim', exact: true }).waitFor({ state: 'hidden' });

  await page.getByRole('radio', { name: /^主要系统流程或相关服务/ }).check();
  await chooseOption(page, '严重程度', '较大');
  await field(page, '分诊说明').fill('数据库连接池耗尽，远程重启应用服务');

  await dismissTooltips(page);
  await screenshotTall(page, '04-engineer-triage-form.png');
}

async function engineerCompletesTriage(page) {
  const fixTask = `${run.ticketNumber} 处理故障`;
  await page.getByRole('button', { name: 'Complete', exact: true }).click();
  // Tasklist names the engineer's next task of the same process in its notice.
  await waitForSuccess(page, page.getByRole('link', { name: fixTask, exact: true }).first());

  await page.getByRole('link', { name: /^我的待办/ }).click();
  await taskList(page).getByRole('link', { name: fixTask, exact: true }).waitFor();
  await dismissTooltips(page);
  await screenshot(page, '05-engineer-after-complete.png');
}

async function managerOpensProcess(page) {
  await logIn(page, 'cockpit', config.manager);
  await page.getByRole('link', { name: 'Processes', exact: true }).click();
  await page.getByRole('link', { name: '故障处理', exact: true }).click();

  const count = await tokenCountOn(page, '处理故障');
  if (count < 1) {
    throw new Error(`expected at least 1 token on 处理故障 in the diagram, found ${count}`);
  }
  await screenshot(page, '06-manager-process-diagram.png');
}

// NOTE: finds the instance only on the first page of Cockpit's instance table, newest first.
async function managerOpensInstance(page) {
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: run.ticketNumber }) });
  // The first link of a row is the state icon, and the link with text is the instance id.
  await row.getByRole('link').filter({ hasText: /\S/ }).click();

  await page.getByRole('definition').filter({ hasText: exactly(run.ticketNumber) }).waitFor();
  const count = await tokenCountOn(page, '处理故障');
  if (count !== 1) {
    throw new Error(`expected 1 token on 处理故障 in the instance diagram, found ${count}`);
  }
  await screenshot(page, '07-manager-process-instance.png');
}

async function noServerErrors() {
  if (run.serverErrors.length > 0) {
    throw new Error(`${run.serverErrors.length} responses had a 5xx status: ${run.serverErrors[0]}`);
  }
}

// --- Camunda webapp helpers ---------------------------------------------------------------

async function logIn(page, app, user) {
  await page.goto(`${config.baseUrl}/camunda/app/${app}/`);
  await page.getByPlaceholder('Username').fill(user.name);
  await page.getByPlaceholder('Password').fill(user.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await waitForSuccess(page, page.locator('.account .dropdown-toggle'));
}

async function logOut(page) {
  // The account menu is labelled with the user's full name, which the script is not given.
  await page.locator('.account .dropdown-toggle').click();
  await page.getByRole('link', { name: 'Log out' }).click();
  await page.getByPlaceholder('Username').waitFor();
}

// Tasklist shows the due date of the open task as a relative time ("in 15 minutes") with the
// absolute time in its tooltip. It must match the response deadline in the form's 时限 field,
// which the desk writes in its own zone, the zone the browser runs in.
async function checkDueDateShown(page) {
  const dueDate = page.locator('.task-card .due-date [am-time-ago]');
  await dueDate.waitFor();
  const tooltip = await dueDate.getAttribute('uib-tooltip');

  const deadlines = await field(page, '时限').inputValue();
  const match = deadlines.match(/响应时限：(\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2})/);
  if (match === null) {
    throw new Error(`the 时限 field shows no response deadline: ${deadlines}`);
  }
  const [, year, month, day, time] = match;
  const monthName = new Date(Date.UTC(year, month - 1, 15)).toLocaleString('en-GB', { month: 'long' });
  const expected = `${Number(day)} ${monthName} ${year} ${time}`;
  if (!tooltip?.includes(expected)) {
    throw new Error(`the task shows due date "${tooltip}", expected the response deadline ${expected}`);
  }
  console.log(`      due date shown: ${(await dueDate.textContent()).trim()} (${tooltip})`);
}

// Returns the instance count that Cockpit's badge shows on the activity with this name.
async function tokenCountOn(page, activityName) {
  const label = page.locator('text.djs-label').filter({ hasText: exactly(activityName) });
  const shape = page.locator('g.djs-element.djs-shape').filter({ has: label });
  await shape.first().waitFor();
  const elementId = await shape.first().getAttribute('data-element-id');
  const badge = page.locator(`.djs-overlays[data-container-id="${elementId}"] .badge.instance-count`);
  await badge.waitFor();
  return Number((await badge.textContent()).trim());
}

// Moves the pointer away and blurs the focused link, because Tasklist shows a filter's
// description as a tooltip over the filter list while its link is hovered or focused.
async function dismissTooltips(page) {
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.activeElement?.blur());
}

function taskList(page) {
  return page.locator('ol.tasks-list');
}

// Waits for the expected element, but fails at once with the text of any error notification
// that the webapp shows instead (a rejected login, form input or request).
async function waitForSuccess(page, expected) {
  const error = page.locator('.alert-danger').filter({ visible: true });
  await expected.or(error).first().waitFor();
  if ((await error.count()) > 0) {
    const texts = await error.allTextContents();
    throw new Error(`the webapp shows an error: ${texts.map(notificationText).join(' | ')}`);
  }
}

// --- form-js helpers ----------------------------------------------------------------------

// Returns a form-js field by the label users see. The label of a required field ends in an
// asterisk, which the pattern allows.
function field(page, label) {
  return page.getByLabel(new RegExp(`^${escapeRegExp(label)}\\*?$`));
}

// Chooses an option of a form-js select, which renders a display box and a list of items
// in place of a native <select>.
async function chooseOption(page, label, option) {
  const select = page.locator('.fjs-form-field-select').filter({ has: field(page, label) });
  await select.locator('.fjs-select-display').click();
  await select.locator('.fjs-dropdownlist-item').filter({ hasText: exactly(option) }).click();
  await waitForSelectValue(page, label, option);
}

async function waitForSelectValue(page, label, option) {
  const select = page.locator('.fjs-form-field-select').filter({ has: field(page, label) });
  await select.locator('.fjs-select-display').filter({ hasText: exactly(option) }).waitFor();
}

async function waitForValue(locator, accept, description) {
  const deadline = Date.now() + config.stepTimeout;
  let value = '';
  while (Date.now() < deadline) {
    value = await locator.inputValue();
    if (accept(value)) {
      return;
    }
    await locator.page().waitForTimeout(200);
  }
  throw new Error(
    `timed out after ${config.stepTimeout} ms waiting for ${description}, the field shows: ${value}`);
}

// --- Screenshots and configuration ---------------------------------------------------------

async function screenshot(page, name) {
  await page.screenshot({ path: path.join(config.screenshotDir, name) });
}

// Forms are taller than the normal viewport, so a taller one shows every field in one picture.
async function screenshotTall(page, name) {
  await page.setViewportSize(TALL_VIEWPORT);
  try {
    await screenshot(page, name);
  }
  finally {
    await page.setViewportSize(VIEWPORT);
  }
}

function exactly(text) {
  return new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Splits an error message into lines without blank lines and terminal colour codes.
function messageLines(error) {
  return String(error.message)
    .replace(/\u001b\[\d+m/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

// Drops the close buttons (× and a hidden "Close") from a notification's text.
function notificationText(text) {
  return text.replace(/×|\bClose\b/g, ' ').replace(/\s+/g, ' ').trim();
}

function readConfig() {
  const required = [
    'BASE_URL',
    'REPORTER_USER',
    'REPORTER_PASSWORD',
    'ENGINEER_USER',
    'ENGINEER_PASSWORD',
    'MANAGER_USER',
    'MANAGER_PASSWORD',
  ];
  const missing = required.filter((name) => !process.env[name]);
  if (missing.length > 0) {
    console.error(`FAIL  missing environment variables: ${missing.join(', ')}`);
    process.exit(2);
  }
  const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) {
    console.error(`FAIL  no browser at ${chromiumPath}: install Debian's chromium package`
      + ' (apt-get install chromium) or set CHROMIUM_PATH');
    process.exit(2);
  }
  const stepTimeout = Number(process.env.STEP_TIMEOUT_MS || 30000);
  if (!Number.isInteger(stepTimeout) || stepTimeout <= 0) {
    const timeoutSetting = process.env.STEP_TIMEOUT_MS;
    console.error(`FAIL  STEP_TIMEOUT_MS must be a positive whole number of milliseconds, got ${timeoutSetting}`);
    process.exit(2);
  }
  return {
    baseUrl: process.env.BASE_URL.replace(/\/+$/, ''),
    reporter: { name: process.env.REPORTER_USER, password: process.env.REPORTER_PASSWORD },
    engineer: { name: process.env.ENGINEER_USER, password: process.env.ENGINEER_PASSWORD },
    manager: { name: process.env.MANAGER_USER, password: process.env.MANAGER_PASSWORD },
    screenshotDir: path.resolve(process.env.SCREENSHOT_DIR || 'screenshots'),
    chromiumPath,
    zone: process.env.DESK_ZONE || 'Asia/Shanghai',
    stepTimeout,
  };
}
