// Walks one data correction request through the desk as its users would. The reporter files
// it in Tasklist with two record lines, and an engineer claims and accepts it. A manager
// approves it in Tasklist and then reads it on the service request page. Prints one line per
// step and saves screenshots. Exits with 1 when a step fails, with a screenshot of the failing page,
// and with 2 when a setting or the browser is missing.
//
// Environment:
//   BASE_URL                                 where the service desk runs, e.g. http://localhost:8080
//   REPORTER_USER, REPORTER_PASSWORD         a member of the group reporters
//   ENGINEER_USER, ENGINEER_PASSWORD         a member of the group engineers
//   MANAGER_USER, MANAGER_PASSWORD           a member of the group managers
//   SCREENSHOT_DIR, CHROMIUM_PATH, DESK_ZONE, STEP_TIMEOUT_MS as in fault-journey.mjs
//
// From the project folder:
//   BASE_URL=http://localhost:8080 REPORTER_USER=reporter REPORTER_PASSWORD=... \
//     ENGINEER_USER=engineer ENGINEER_PASSWORD=... MANAGER_USER=manager MANAGER_PASSWORD=... \
//     node src/test/js/browser/correction-journey.mjs

import {
  chooseOption,
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

const REQUEST_NUMBER = /FW-\d{4}-\d{5}/;
const ASSESSMENT_TASK = /^FW-\d{4}-\d{5} 受理并评估请求$/;

// Two fields to correct, in the layout of the form: kind | number | field | current | correct.
const RECORD_LINES = [
  '样品 | YP-2026-0012 | 检测结果 | 0.12 | 0.21',
  '报告 | BG-2026-0345 | 结论 | 不合格 | 合格',
];

// The start form fields that a data correction needs and that stay hidden for other types.
const CORRECTION_FIELDS = ['需更正的记录', '原因', '依据'];

const config = readConfig(['reporter', 'engineer', 'manager']);
const run = {
  // A title of this run only, so that the engineer opens this request and no other.
  title: `检测结果录入错误 ${Date.now().toString(36)}`,
  requestNumber: null,
};

const steps = [
  ['reporter logs in to Tasklist', reporterLogsIn],
  ['reporter fills the data correction form', reporterFillsCorrectionForm],
  ['reporter submits the request', reporterSubmitsRequest],
  ['reporter logs out', logOut],
  ['engineer logs in and opens the filter 组内待认领', engineerOpensGroupTasks],
  ['engineer opens the assessment task of the new request', engineerOpensAssessmentTask],
  ['engineer claims the task and accepts the request', engineerAcceptsRequest],
  ['engineer completes the assessment', engineerCompletesAssessment],
  ['engineer logs out', logOut],
  ['manager logs in and finds the approval task in 组内待认领', managerFindsApprovalTask],
  ['manager claims the task and reads the record lines', managerReadsRequest],
  ['manager approves the data correction', managerApprovesRequest],
  ['manager reads the approved request on the service request page', managerReadsRequestPage],
  ['no request failed with a server error', noServerErrors],
];

await runJourney('correction-journey', steps,
  () => `Correction journey passed: ${run.requestNumber} approved by ${config.manager.name}`);

// --- Steps -------------------------------------------------------------------------------

async function reporterLogsIn(page) {
  await logIn(page, 'tasklist', config.reporter);
  await page.getByRole('link', { name: 'Start process' }).waitFor();
}

async function reporterFillsCorrectionForm(page) {
  await page.getByRole('link', { name: 'Start process' }).click();
  await page.getByRole('link', { name: '服务请求', exact: true }).click();

  // The record, reason and evidence fields appear only once the type is a data correction.
  await chooseOption(page, '请求类型', '误操作数据更正');
  await field(page, '需更正的记录').waitFor();

  await field(page, '标题').fill(run.title);
  await field(page, '详细说明').fill('录入检测结果时两位数字顺序颠倒，报告结论随之判为不合格，需改为正确值后重新出具报告');
  await chooseOption(page, '所属模块', '结果录入');
  await field(page, '联系人').fill('检测科 王老师');
  await field(page, '联系电话').fill('+86 10 6512-3456');
  await checkCorrectionFieldsRequired(page);

  await field(page, '需更正的记录').fill(RECORD_LINES.join('\n'));
  await field(page, '原因').fill('检测员手工录入时输错，审核时未发现');
  await field(page, '依据').fill('仪器原始数据文件 ICP-20260112-03.csv 显示结果为 0.21');

  // form-js checks a field again when it loses focus, so the last error clears after the blur.
  await dismissTooltips(page);
  await page.locator('.fjs-form-field-error').first().waitFor({ state: 'detached' });
  await screenshotTall(page, '01-reporter-correction-form.png');
}

async function reporterSubmitsRequest(page) {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await waitForSuccess(page, page.getByText('The process has been started.'));
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await screenshot(page, '02-reporter-after-submit.png');
}

async function engineerOpensGroupTasks(page) {
  await logIn(page, 'tasklist', config.engineer);
  await page.getByRole('link', { name: /^组内待认领/ }).click();
  await taskList(page).getByRole('link', { name: ASSESSMENT_TASK }).first().waitFor();
}

// NOTE: looks only at the tasks that Tasklist has loaded, its first page of the filter.
async function engineerOpensAssessmentTask(page) {
  const links = taskList(page).getByRole('link', { name: ASSESSMENT_TASK });
  const count = await links.count();
  for (let i = 0; i < count; i++) {
    const taskName = (await links.nth(i).textContent()).trim();
    const number = taskName.match(REQUEST_NUMBER)[0];
    await links.nth(i).click();
    await page.getByRole('heading', { name: taskName, exact: true, level: 2 }).waitFor();
    const summary = field(page, '服务请求');
    await waitForValue(summary, (value) => value.includes(number), `the summary of ${number}`);
    if ((await summary.inputValue()).includes(`标题：${run.title}`)) {
      run.requestNumber = number;
      break;
    }
  }
  if (run.requestNumber === null) {
    throw new Error(`assessment task for the request titled ${run.title} not found among the ${count} tasks`
      + ' in 组内待认领');
  }
  console.log(`      request number: ${run.requestNumber}`);
}

async function engineerAcceptsRequest(page) {
  await page.getByRole('button', { name: 'Claim', exact: true }).click();
  await page.getByRole('button', { name: 'Claim', exact: true }).waitFor({ state: 'hidden' });

  await checkRecordLinesShown(page);
  await page.getByRole('radio', { name: '受理', exact: true }).check();
  await field(page, '评估意见').fill('两处记录均有仪器原始数据为证，更正前备份相关表，预计 30 分钟');

  await dismissTooltips(page);
  await screenshotTall(page, '03-engineer-assessment-form.png');
}

async function engineerCompletesAssessment(page) {
  await completeTask(page, `${run.requestNumber} 受理并评估请求`);
}

async function managerFindsApprovalTask(page) {
  await logIn(page, 'tasklist', config.manager);
  await page.getByRole('link', { name: /^组内待认领/ }).click();
  const approval = taskList(page).getByRole('link', { name: `${run.requestNumber} 审批数据操作`, exact: true });
  await approval.waitFor();
  await dismissTooltips(page);
  await screenshot(page, '04-manager-group-tasks.png');

  await approval.click();
  await page.getByRole('heading', { name: `${run.requestNumber} 审批数据操作`, exact: true, level: 2 }).waitFor();
}

async function managerReadsRequest(page) {
  await page.getByRole('button', { name: 'Claim', exact: true }).click();
  await page.getByRole('button', { name: 'Claim', exact: true }).waitFor({ state: 'hidden' });

  await checkRecordLinesShown(page);
  const summary = await field(page, '服务请求').inputValue();
  if (!summary.includes(`评估意见（${config.engineer.name}）`)) {
    throw new Error(`the 服务请求 summary shows no assessment by ${config.engineer.name}: ${summary}`);
  }
}

async function managerApprovesRequest(page) {
  await page.getByRole('radio', { name: '批准', exact: true }).check();
  await field(page, '审批说明').fill('依据充分，同意按正确值更正');
  await dismissTooltips(page);
  await screenshotTall(page, '05-manager-approval-form.png');

  await completeTask(page, `${run.requestNumber} 审批数据操作`);
}

async function managerReadsRequestPage(page) {
  await page.goto(`${config.baseUrl}/desk/requests.html`);
  const row = page.locator('#requests > tbody > tr').filter({ hasText: run.requestNumber });
  await row.waitFor();
  const status = (await row.locator(':scope > td').nth(3).textContent()).trim();
  if (status !== '已批准') {
    throw new Error(`the list shows ${run.requestNumber} with status ${status}, expected 已批准`);
  }

  await row.click();
  await page.locator('#detail-title').filter({ hasText: run.title }).waitFor();
  const message = (await page.locator('#detail-message').textContent()).trim();
  if (message !== '误操作数据更正，已批准') {
    throw new Error(`the detail of ${run.requestNumber} shows "${message}", expected "误操作数据更正，已批准"`);
  }
  const approval = page.locator('#detail-facts dt').filter({ hasText: /^审批$/ }).locator('+ dd');
  const approvalText = (await approval.textContent()).trim();
  if (!approvalText.startsWith(`${config.manager.name}，`)) {
    throw new Error(`the 审批 fact shows "${approvalText}", expected the approval by ${config.manager.name}`);
  }

  const rows = page.locator('#records > tbody > tr');
  const lines = [];
  for (const cells of await rows.all()) {
    const texts = await cells.locator(':scope > td').allTextContents();
    lines.push(texts.slice(0, 5).map((text) => text.trim()).join(' | '));
  }
  if (lines.join('\n') !== RECORD_LINES.join('\n')) {
    throw new Error(`the 需更正的记录 table shows:\n${lines.join('\n')}\nexpected:\n${RECORD_LINES.join('\n')}`);
  }
  await screenshotTall(page, '06-manager-requests-page.png');
}

// --- Helpers -----------------------------------------------------------------------------

// Submits the start form with the correction fields still empty and checks that form-js marks
// each of them, because otherwise the desk rejects the request only after the submit. The
// notification in which Tasklist also reports the rejection is closed before the real submit.
async function checkCorrectionFieldsRequired(page) {
  const notices = page.locator('.notifications .alert-danger');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await notices.or(page.getByText('The process has been started.')).first().waitFor();

  for (const label of CORRECTION_FIELDS) {
    const wrapper = page.locator('.fjs-form-field').filter({ has: field(page, label) });
    const marked = await wrapper.locator('.fjs-form-field-error').waitFor({ timeout: 5000 })
      .then(() => true, () => false);
    if (!marked) {
      throw new Error(`the start form sent the request with ${label} empty instead of marking the field`);
    }
  }
  while ((await notices.count()) > 0) {
    await notices.first().locator('button.close').filter({ visible: true }).click();
  }
}

// Checks that the read-only 服务请求 summary of the open task lists every record line.
async function checkRecordLinesShown(page) {
  const summary = field(page, '服务请求');
  await waitForValue(summary, (value) => RECORD_LINES.every((line) => value.includes(line)),
    'every record line in the 服务请求 summary');
}

// Completes the open task and waits until Tasklist has closed it and dropped it from the list.
// A rejected form keeps the task open and shows an error, which fails the step.
async function completeTask(page, taskName) {
  await page.getByRole('button', { name: 'Complete', exact: true }).click();
  await waitForSuccess(page, page.getByText('Select a task in the list.'));
  await taskList(page).getByRole('link', { name: taskName, exact: true }).waitFor({ state: 'detached' });
}
