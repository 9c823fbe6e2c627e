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

import {
  chooseOption,
  dismissTooltips,
  exactly,
  field,
  logIn,
  logOut,
  noServerErrors,
  readConfig,
  runJourney,
  screenshot,
  screenshotTall,
  taskList,
  tokenCountOn,
  waitForSelectValue,
  waitForSuccess,
  waitForValue,
} from './journey.mjs';

const TICKET_NUMBER = /GZ-\d{4}-\d{5}/;
const TRIAGE_TASK = /^GZ-\d{4}-\d{5} 分诊故障$/;

const config = readConfig(['reporter', 'engineer', 'manager']);
const run = {
  // A contact name of this run only, so that the engineer opens this fault and no other.
  contactName: `浏览器巡检 ${Date.now().toString(36)}`,
  ticketNumber: null,
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

await runJourney('fault-journey', steps,
  () => `Fault journey passed: ticket number ${run.ticketNumber} waits at 处理故障`);

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
