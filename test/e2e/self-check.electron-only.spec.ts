// The start-up self-check in real Electron, before anything is packaged: asked with a report file, the app loads its
// window from app://, answers an IPC call, writes the report and quits by itself (the release workflow repeats this on
// the installed, fused app). Electron only: Chromium has no main process to check.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { APP_ENTRY_URL } from '../../electron/security/app-origin';
import { ELECTRON_SKIP_REASON, electronBinary } from '../support/electron-binary';

test('checks itself when a report file is named, then quits', async () => {
  const binary = electronBinary();
  test.skip(!binary, ELECTRON_SKIP_REASON);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'loyalty-desk-self-check-'));
  try {
    const report = path.join(dir, 'self-check.json');
    const app = spawn(binary!, ['.', `--self-check=${report}`], {
      env: { ...process.env, LOYALTY_DESK_USER_DATA: path.join(dir, 'data') },
      stdio: 'inherit',
    });
    const [exitCode] = await once(app, 'exit');
    expect(exitCode).toBe(0);
    expect(JSON.parse(await readFile(report, 'utf8'))).toMatchObject({
      ok: true,
      packaged: false,
      windowUrl: APP_ENTRY_URL,
      rendered: true,
      ipcAnswer: { ok: true, value: { mode: 'training' } },
      settings: { mode: 'training', secretSet: false },
      provisioning: null,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
