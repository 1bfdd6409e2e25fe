// Loaded with --import before the built main bundle: points `electron` at the recording stand-in, makes the app ready
// once its top level has asked, and, when the window loads, probes the protocol handler and IPC, then reports.
import { writeFileSync } from 'node:fs';
import Module, { register } from 'node:module';

const standInFile = new URL('./electron-stand-in.cjs', import.meta.url);
const options = JSON.parse(process.env.STAND_IN_OPTIONS || '{}');

// ESM imports of 'electron' (the bundle, electron-store) go through this hook; CommonJS requires (electron-log,
// electron-updater) through the patched resolver below.
register(
  'data:text/javascript,' +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === 'electron') return { url: ${JSON.stringify(standInFile.href)}, format: 'commonjs', shortCircuit: true };
        return next(specifier, context);
      }`,
    ),
);
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? standInFile.pathname : resolveFilename.call(this, request, ...rest);
};

const require = Module.createRequire(import.meta.url);
const standIn = (() => {
  require(standInFile.pathname);
  return globalThis.__standIn;
})();

// Electron is ready only after the main script's top level has run: it asks with whenReady, and the answer comes later.
const whenReady = standIn.app.whenReady.bind(standIn.app);
standIn.app.whenReady = () => {
  const answer = whenReady();
  setImmediate(() => standIn.app.becomeReady());
  return answer;
};

const report = { probes: [], files: [], exitCode: null };
let reported = false;
function finish(exitCode) {
  if (reported) return;
  reported = true;
  report.exitCode = exitCode;
  report.calls = standIn.calls;
  report.ipcListeners = standIn.ipcMain.eventNames().map(String);
  report.ipcHandlers = [...standIn.ipcMain.handlers.keys()];
  report.preloads = standIn.session.defaultSession.preloads;
  writeFileSync(options.report, JSON.stringify(report, null, 2));
  process.exit(exitCode);
}
globalThis.__standInExit = finish;
// A start that neither opens a window nor exits is the hang this test exists to catch: reported, not waited on for ever.
setTimeout(() => finish('hung'), 20_000);

/** What the protocol handler answers for a path: status, the headers that matter, and the body of an HTML page. */
async function served(url) {
  const response = await standIn.protocolHandlers.get('app')(new Request(url));
  const text = await response.text();
  return {
    url,
    status: response.status,
    csp: response.headers.get('content-security-policy'),
    type: response.headers.get('content-type'),
    body: (response.headers.get('content-type') ?? '').startsWith('text/html') ? text : null,
  };
}

async function call(channel, argument, frameUrl) {
  const handler = standIn.ipcMain.handlers.get(channel);
  const result = handler
    ? await handler({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, argument)
    : 'no handler';
  report.probes.push({ channel, frameUrl, result });
}

/** Waits for the shell to have made a call, a turn of the event loop at a time (bounded by the hang timer above). */
async function madeCall(what) {
  while (!standIn.calls.some(([name]) => name === what)) await new Promise((resolve) => setImmediate(resolve));
}

globalThis.__standInWindowLoaded = async (window) => {
  try {
    const entry = new URL(standIn.calls.find(([what]) => what === 'window.loadURL')[1]);
    const page = await served(entry.href);
    report.files.push(page);
    for (const [, reference] of (page.body ?? '').matchAll(/(?:src|href)="([^"]+)"/g))
      report.files.push(await served(new URL(reference, entry).href));
    report.files.push(await served(new URL('/..%2f..%2fpackage.json', entry).href));
    for (const probe of options.probes ?? [])
      await call(probe.channel, probe.argument, probe.frameUrl === undefined ? entry.href : probe.frameUrl);
    if (options.secondLaunch) {
      standIn.app.emit('second-instance', {}, options.secondLaunch, process.cwd());
      await madeCall('window.focus');
      for (const probe of options.probesAfterSecondLaunch ?? []) await call(probe.channel, probe.argument, entry.href);
    }
    report.windowEvents = { close: window.listenerCount('close') };
    finish(0);
  } catch (error) {
    report.driverError = String(error?.stack ?? error);
    finish('driver-failed');
  }
};
