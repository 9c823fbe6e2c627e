// The parts every browser journey of the desk shares. runJourney starts Chromium with a
// profile of its own, runs the steps in order with one PASS or FAIL line each, and saves a
// screenshot of a failing page. The helpers below it work the Camunda webapps and form-js.
// A journey script reads its settings with readConfig, then calls runJourney with its steps.

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';

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

let config = null;
const state = {
  stoppedBy: null,
  serverErrors: [],
  pageErrors: [],
};

// Reads the settings from the environment: BASE_URL and, for each role, <ROLE>_USER and
// <ROLE>_PASSWORD, plus the optional ones in the header of each journey script. Exits with 2
// when one is missing or invalid.
export function readConfig(roles) {
  const userVariables = roles.flatMap((role) => [`${role.toUpperCase()}_USER`, `${role.toUpperCase()}_PASSWORD`]);
  const required = ['BASE_URL', ...userVariables];
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
  config = {
    baseUrl: process.env.BASE_URL.replace(/\/+$/, ''),
    ...Object.fromEntries(roles.map((role) => [role, {
      name: process.env[`${role.toUpperCase()}_USER`],
      password: process.env[`${role.toUpperCase()}_PASSWORD`],
    }])),
    screenshotDir: path.resolve(process.env.SCREENSHOT_DIR || 'screenshots'),
    chromiumPath,
    zone: process.env.DESK_ZONE || 'Asia/Shanghai',
    stepTimeout,
  };
  return config;
}

// Runs the steps, each a [name, action(page)] pair, in one Chromium page and exits the
// process: 0 with the summary line when every step passed, 1 at the first failure.
export async function runJourney(name, steps, summary) {
  mkdirSync(config.screenshotDir, { recursive: true });
  const profileDir = mkdtempSync(path.join(tmpdir(), `${name}-`));
  let context;
  let exitCode = 0;
  // A caller that gives up (a test timeout, Ctrl-C) still gets Chromium stopped and the
  // profile removed.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      state.stoppedBy = signal;
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
    exitCode = await runSteps(page, steps, summary);
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

async function runSteps(page, steps, summary) {
  for (const [index, [name, action]] of steps.entries()) {
    const label = `${index + 1}/${steps.length} ${name}`;
    const started = Date.now();
    try {
      await action(page);
    }
    catch (error) {
      if (state.stoppedBy !== null) {
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
      for (const message of [...state.serverErrors, ...state.pageErrors]) {
        console.error(`      seen during the run: ${message}`);
      }
      return 1;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`PASS  ${label} (${seconds} s)`);
  }
  console.log(summary());
  return 0;
}

function watchPage(page) {
  page.on('response', (response) => {
    if (response.status() >= 500) {
      const request = response.request();
      state.serverErrors.push(`HTTP ${response.status()} from ${request.method()} ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => state.pageErrors.push(`script error: ${error.message}`));
}

export async function noServerErrors() {
  if (state.serverErrors.length > 0) {
    throw new Error(`${state.serverErrors.length} responses had a 5xx status: ${state.serverErrors[0]}`);
  }
}

// --- Camunda webapp helpers ---------------------------------------------------------------

export async function logIn(page, app, user) {
  await page.goto(`${config.baseUrl}/camunda/app/${app}/`);
  await page.getByPlaceholder('Username').fill(user.name);
  await page.getByPlaceholder('Password').fill(user.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await waitForSuccess(page, page.locator('.account .dropdown-toggle'));
}

export async function logOut(page) {
  // The account menu is labelled with the user's full name, which the script is not given.
  await page.locator('.account .dropdown-toggle').click();
  await page.getByRole('link', { name: 'Log out' }).click();
  await page.getByPlaceholder('Username').waitFor();
}

// Returns the instance count that Cockpit's badge shows on the activity with this name.
export async function tokenCountOn(page, activityName) {
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
export async function dismissTooltips(page) {
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.activeElement?.blur());
}

export function taskList(page) {
  return page.locator('ol.tasks-list');
}

// Waits for the expected element, but fails at once with the text of any error notification
// that the webapp shows instead (a rejected login, form input or request).
export async function waitForSuccess(page, expected) {
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
export function field(page, label) {
  return page.getByLabel(new RegExp(`^${escapeRegExp(label)}\\*?$`));
}

// Chooses an option of a form-js select, which renders a display box and a list of items
// in place of a native <select>.
export async function chooseOption(page, label, option) {
  const select = page.locator('.fjs-form-field-select').filter({ has: field(page, label) });
  await select.locator('.fjs-select-display').click();
  await select.locator('.fjs-dropdownlist-item').filter({ hasText: exactly(option) }).click();
  await waitForSelectValue(page, label, option);
}

export async function waitForSelectValue(page, label, option) {
  const select = page.locator('.fjs-form-field-select').filter({ has: field(page, label) });
  await select.locator('.fjs-select-display').filter({ hasText: exactly(option) }).waitFor();
}

export async function waitForValue(locator, accept, description) {
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

// --- Screenshots and text -----------------------------------------------------------------

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(config.screenshotDir, name) });
}

// Forms are taller than the normal viewport, so a taller one shows every field in one picture.
export async function screenshotTall(page, name) {
  await page.setViewportSize(TALL_VIEWPORT);
  try {
    await screenshot(page, name);
  }
  finally {
    await page.setViewportSize(VIEWPORT);
  }
}

export function exactly(text) {
  return new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`);
}

export function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Splits an error message into lines without blank lines and terminal colour codes.
export function messageLines(error) {
  return String(error.message)
    .replace(/\u001b\[\d+m/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

// Drops the close buttons (× and a hidden "Close") from a notification's text.
export function notificationText(text) {
  return text.replace(/×|\bClose\b/g, ' ').replace(/\s+/g, ' ').trim();
}
