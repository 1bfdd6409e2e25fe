// The shell test: runs the built main bundle (out/main/main.js) in plain Node against a recording stand-in for
// `electron`, once per start-up story, and checks what the shell did. Prints `shell: N checks passed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CALL_NAMES, channelOf } from '../../common/contract';
import { DEMO } from '../../electron/training/demo-data';

const root = path.resolve(import.meta.dirname, '../..');
const mainBundle = path.join(root, 'out/main/main.js');
const preloadBundle = path.join(root, 'out/preload/preload.cjs');
const APP_PAGE = 'app://loyalty-desk/index.html';

type Call = [string, ...unknown[]];
interface Probe {
  channel: string;
  frameUrl: string | null;
  result: { ok: boolean; value?: Record<string, unknown>; error?: { code: string } } | 'no handler';
}
interface Report {
  exitCode: number | string;
  calls: Call[];
  probes: Probe[];
  files: { url: string; status: number; csp: string | null; body: string | null }[];
  ipcListeners: string[];
  ipcHandlers: string[];
  preloads: string[];
  windowEvents?: { close: number };
  driverError?: string;
}

interface StandInOptions {
  lock?: 'held-elsewhere';
  breakCall?: string;
  probes?: { channel: string; argument?: unknown; frameUrl?: string | null }[];
  secondLaunch?: string[];
  probesAfterSecondLaunch?: { channel: string; argument?: unknown }[];
}

const results: { story: string; check: string; passed: boolean; detail?: string }[] = [];

/** Starts the bundle once in a fresh user data folder prepared by `prepare`, and returns what the stand-in recorded. */
function start(story: string, options: StandInOptions, prepare: (userData: string) => string[] = () => []) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'loyalty-desk-shell-'));
  const userData = path.join(dir, 'user-data');
  mkdirSync(userData);
  const args = prepare(userData);
  const reportFile = path.join(dir, 'report.json');
  const child = spawnSync(process.execPath, ['--import', './test/shell/drive.mjs', mainBundle, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      LOYALTY_DESK_USER_DATA: userData,
      STAND_IN_OPTIONS: JSON.stringify({ ...options, report: reportFile }),
    },
    timeout: 60_000,
  });
  if (!existsSync(reportFile)) {
    console.error(`shell: ${story}: no report (exit ${child.status})\n${child.stdout}\n${child.stderr}`);
    return null;
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
  if (report.driverError) console.error(`shell: ${story}: ${report.driverError}`);
  return { report, userData, dir };
}

function check(story: string, name: string, passed: boolean, detail?: unknown) {
  results.push({ story, check: name, passed, detail: passed ? undefined : JSON.stringify(detail)?.slice(0, 600) });
}

/** Where a call first happened in the recorded order; Infinity when it never did. */
function indexOf(report: Report, what: string, matches: (call: Call) => boolean = () => true): number {
  const index = report.calls.findIndex((call) => call[0] === what && matches(call));
  return index === -1 ? Infinity : index;
}

const probeResult = (report: Report, channel: string, frameUrl: string | null = APP_PAGE) =>
  report.probes.find((probe) => probe.channel === channel && probe.frameUrl === frameUrl)?.result;

const windowOptions = (report: Report) =>
  report.calls.find((call) => call[0] === 'new BrowserWindow')?.[1] as
    { kiosk?: boolean; webPreferences?: Record<string, unknown> } | undefined;

const contractChannels = CALL_NAMES.map(channelOf);
const appInfo = channelOf('appInfo');

// ── A normal start ───────────────────────────────────────────────────────────────────────────────────────────────
{
  const story = 'a normal start';
  const run = start(story, {
    probes: [
      { channel: appInfo },
      { channel: appInfo, frameUrl: 'https://evil.example/' },
      { channel: appInfo, frameUrl: null },
    ],
  });
  if (run) {
    const { report, userData } = run;
    check(story, 'the window opened and the start ended cleanly', report.exitCode === 0, report.exitCode);
    check(
      story,
      'user data is set before the single-instance lock',
      indexOf(report, 'app.setPath', (c) => c[1] === 'userData' && c[2] === userData) <
        indexOf(report, 'app.requestSingleInstanceLock'),
      report.calls.slice(0, 6),
    );
    const ready = indexOf(report, 'ready');
    check(
      story,
      'the app scheme is registered as standard and secure before ready',
      indexOf(report, 'protocol.registerSchemesAsPrivileged', (c) =>
        JSON.stringify(c[1]).includes('"standard":true,"secure":true'),
      ) < ready,
    );
    check(
      story,
      'the application menu is removed',
      indexOf(report, 'Menu.setApplicationMenu', (c) => c[1] === null) < Infinity,
    );
    check(
      story,
      'the permission guards are installed',
      indexOf(report, 'session.setPermissionRequestHandler') < Infinity &&
        indexOf(report, 'session.setPermissionCheckHandler') < Infinity,
    );
    check(
      story,
      'every web contents gets a window-open handler',
      indexOf(report, 'webContents.setWindowOpenHandler') < Infinity,
    );
    check(
      story,
      'the app protocol has a handler before the window loads',
      indexOf(report, 'protocol.handle', (c) => c[1] === 'app') < indexOf(report, 'window.loadURL'),
    );
    const load = indexOf(report, 'window.loadURL');
    const late = contractChannels.filter(
      (channel) => !(indexOf(report, 'ipcMain.handle', (c) => c[1] === channel) < load),
    );
    check(story, 'every contract channel has an IPC handler before the window loads', late.length === 0, late);
    check(
      story,
      'the only IPC handlers are the contract channels',
      JSON.stringify([...report.ipcHandlers].sort()) === JSON.stringify([...contractChannels].sort()),
      report.ipcHandlers,
    );
    check(
      story,
      'no IPC listener is left that the page could reach (electron-log, electron-store)',
      report.ipcListeners.length === 0,
      report.ipcListeners,
    );
    check(
      story,
      'no session preload is registered (electron-log adds nothing to the window)',
      report.preloads.length === 0 &&
        indexOf(report, 'session.setPreloads') === Infinity &&
        indexOf(report, 'session.registerPreloadScript') === Infinity,
      report.preloads,
    );
    check(story, 'the window loads the app protocol page', report.calls[load]?.[1] === APP_PAGE, report.calls[load]);
    const prefs = windowOptions(report)?.webPreferences ?? {};
    const secure =
      prefs.contextIsolation === true &&
      prefs.sandbox === true &&
      prefs.nodeIntegration === false &&
      prefs.webSecurity === true &&
      prefs.devTools === false &&
      prefs.webviewTag === false;
    check(story, 'the window has the secure preferences', secure, prefs);
    check(
      story,
      'the preload path is the built preload and exists',
      path.resolve(String(prefs.preload)) === preloadBundle && existsSync(preloadBundle),
      prefs.preload,
    );
    const page = report.files[0];
    check(
      story,
      'the protocol serves index.html with the CSP header',
      page?.status === 200 && !!page.csp?.includes("default-src 'none'"),
      page,
    );
    const assets = report.files.slice(1).filter((file) => !file.url.includes('package.json'));
    check(
      story,
      'every asset index.html references is served with the CSP header',
      assets.length >= 2 && assets.every((file) => file.status === 200 && !!file.csp),
      assets,
    );
    check(
      story,
      'a path outside the renderer is not served',
      report.files.find((file) => file.url.includes('package.json'))?.status === 404,
    );
    const trusted = probeResult(report, appInfo);
    check(story, 'the app page gets an answer over IPC', trusted !== 'no handler' && trusted?.ok === true, trusted);
    const foreign = [probeResult(report, appInfo, 'https://evil.example/'), probeResult(report, appInfo, null)];
    check(
      story,
      'a foreign or vanished frame is refused',
      foreign.every((result) => result !== 'no handler' && result?.error?.code === 'forbidden'),
      foreign,
    );
    check(
      story,
      'the window swallows browser shortcuts and cannot zoom',
      indexOf(report, 'webContents.setVisualZoomLevelLimits', (c) => c[1] === 1 && c[2] === 1) < Infinity,
    );
    check(story, 'closing the window is guarded', (report.windowEvents?.close ?? 0) > 0, report.windowEvents);
    rmSync(run.dir, { recursive: true, force: true });
  }
}

// ── Provisioning on the start that applies it ────────────────────────────────────────────────────────────────────
{
  const story = 'a start with --provision';
  const run = start(story, { probes: [{ channel: appInfo }] }, (userData) => {
    const file = path.join(path.dirname(userData), 'provision.json');
    writeFileSync(file, JSON.stringify({ settings: { kiosk: true, language: 'en', terminalId: 'KASSA-9' } }));
    return ['--provision', file];
  });
  if (run) {
    const { report } = run;
    check(
      story,
      'kiosk from the file takes effect on the same start',
      windowOptions(report)?.kiosk === true,
      windowOptions(report),
    );
    const info = probeResult(report, appInfo);
    check(
      story,
      'the language from the file is the window language',
      info !== 'no handler' && info?.value?.language === 'en',
      info,
    );
    rmSync(run.dir, { recursive: true, force: true });
  }
}

// ── A damaged settings file ──────────────────────────────────────────────────────────────────────────────────────
{
  const story = 'a damaged settings file';
  const damaged = '{"connection": {"mode": "live", "baseUrl": ';
  const run = start(story, { probes: [{ channel: appInfo }] }, (userData) => {
    writeFileSync(path.join(userData, 'settings.json'), damaged);
    mkdirSync(path.join(userData, 'write-off-journal'));
    writeFileSync(path.join(userData, 'write-off-journal', 'left-alone.txt'), 'journal');
    return [];
  });
  if (run) {
    const { report, userData } = run;
    check(
      story,
      'the app still opens its window',
      report.exitCode === 0 && indexOf(report, 'window.loadURL') < Infinity,
      report.exitCode,
    );
    const kept = readdirSync(userData).filter((name) => /^settings\.damaged-.*\.json$/.test(name));
    check(
      story,
      'the damaged file is kept aside, dated, as it was',
      kept.length === 1 && readFileSync(path.join(userData, kept[0]!), 'utf8') === damaged,
      kept,
    );
    const info = probeResult(report, appInfo);
    const notices = info !== 'no handler' ? (info?.value?.notices as { kind: string }[] | undefined) : undefined;
    check(
      story,
      'the terminal runs in training mode and every screen is told to call a manager',
      info !== 'no handler' && info?.value?.mode === 'training' && notices?.[0]?.kind === 'settings-reset',
      info,
    );
    check(
      story,
      'the journal folder is untouched',
      readFileSync(path.join(userData, 'write-off-journal', 'left-alone.txt'), 'utf8') === 'journal',
    );
    rmSync(run.dir, { recursive: true, force: true });
  }
}

// ── A journal folder that cannot be written ──────────────────────────────────────────────────────────────────────
{
  const story = 'a journal that cannot be written';
  const search = channelOf('searchClients');
  const writeOff = channelOf('writeOff');
  const run = start(
    story,
    {
      probes: [
        { channel: search, argument: { by: 'phone', query: DEMO.rich.phone.slice(-4) } },
        {
          channel: writeOff,
          argument: { clientId: DEMO.rich.id, balance: [{ currency: 'points', amount: 100 }], coupons: [] },
        },
      ],
    },
    (userData) => {
      // A file where the folder should be: no mkdir or append can succeed, whoever runs the test (root included).
      writeFileSync(path.join(userData, 'write-off-journal'), 'not a folder');
      return [];
    },
  );
  if (run) {
    const { report } = run;
    const found = probeResult(report, search);
    check(story, 'look-up still works', found !== 'no handler' && found?.ok === true, found);
    const refused = probeResult(report, writeOff);
    check(
      story,
      'a write-off is refused, saying the journal is why',
      refused !== 'no handler' && refused?.error?.code === 'journal-unavailable',
      refused,
    );
    rmSync(run.dir, { recursive: true, force: true });
  }
}

// ── A start that fails ───────────────────────────────────────────────────────────────────────────────────────────
{
  const story = 'a start that fails';
  const run = start(story, { breakCall: 'app.getVersion' });
  if (run) {
    const { report } = run;
    const box = report.calls.find((call) => call[0] === 'dialog.showErrorBox');
    check(
      story,
      'an error box in the terminal language says what to do',
      box?.[1] === 'Loyalty Desk не запускается' && String(box?.[2]).includes('позовите менеджера'),
      box,
    );
    check(
      story,
      'the process exits (releasing the lock) after the box',
      indexOf(report, 'app.exit', (c) => c[1] === 1) > indexOf(report, 'dialog.showErrorBox') && report.exitCode === 1,
      report.exitCode,
    );
    check(story, 'no window is left behind', indexOf(report, 'new BrowserWindow') === Infinity);
    rmSync(run.dir, { recursive: true, force: true });
  }
}

// ── A second launch ──────────────────────────────────────────────────────────────────────────────────────────────
{
  const story = 'a second launch while one runs';
  const run = start(story, { lock: 'held-elsewhere' });
  if (run) {
    const { report, userData } = run;
    check(
      story,
      'it leaves at once',
      indexOf(report, 'app.exit', (c) => c[1] === 0) < Infinity && report.exitCode === 0,
      report.exitCode,
    );
    check(
      story,
      'it opens neither the settings nor a window',
      indexOf(report, 'app.whenReady') === Infinity &&
        indexOf(report, 'new BrowserWindow') === Infinity &&
        !existsSync(path.join(userData, 'settings.json')),
    );
    rmSync(run.dir, { recursive: true, force: true });
  }
}

{
  const story = 'a second launch with --provision';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'loyalty-desk-provision-'));
  const file = path.join(dir, 'provision.json');
  writeFileSync(file, JSON.stringify({ settings: { storeName: 'Магазин на Ленина' } }));
  const run = start(story, {
    secondLaunch: [process.execPath, mainBundle, '--provision', file],
    probesAfterSecondLaunch: [{ channel: appInfo }],
  });
  if (run) {
    const { report } = run;
    const after = report.probes.at(-1)?.result;
    const notices =
      after && after !== 'no handler' ? (after.value?.notices as { kind: string }[] | undefined) : undefined;
    check(
      story,
      'the running app applies it and the window hears so when it comes forward',
      notices?.some((notice) => notice.kind === 'provisioning-applied') === true,
      after,
    );
    rmSync(run.dir, { recursive: true, force: true });
  }
  rmSync(dir, { recursive: true, force: true });
}

const failed = results.filter((result) => !result.passed);
for (const result of failed)
  console.error(`shell: FAILED ${result.story}: ${result.check}${result.detail ? `\n    ${result.detail}` : ''}`);
mkdirSync(path.join(root, '.tmp'), { recursive: true });
writeFileSync(
  path.join(root, '.tmp/shell-results.json'),
  JSON.stringify({ passed: results.length - failed.length, failed: failed.length }),
);
console.log(
  failed.length === 0
    ? `shell: ${results.length} checks passed`
    : `shell: ${results.length - failed.length} checks passed, ${failed.length} failed`,
);
process.exit(failed.length === 0 && results.length > 0 ? 0 : 1);
