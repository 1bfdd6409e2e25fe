// The release workflow, parsed: its jobs run the real app on three systems, check the installed app and the Windows
// silent install, and only then attach installers; pull requests run everything but the publishing.
import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
}
interface Job {
  needs?: string | string[];
  if?: string;
  'runs-on': string;
  strategy?: { matrix: { os?: string[]; include?: { os: string }[] } };
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = load(readFileSync('.github/workflows/release.yml', 'utf8')) as Workflow;
const jobs = workflow.jobs;
const needsOf = (job: Job) => (job.needs === undefined ? [] : ([] as string[]).concat(job.needs));
const oses = (job: Job) =>
  job.strategy?.matrix.os ?? job.strategy?.matrix.include?.map((entry) => entry.os) ?? [job['runs-on']];
/** Index of the first step whose run (or name) contains the text; -1 when none does. */
const stepWith = (job: Job, text: string) =>
  job.steps.findIndex((step) => `${step.name ?? ''}\n${step.run ?? ''}`.includes(text));

describe('release workflow', () => {
  it('lists its jobs in the order they run, each needing the one above it, publish needing them all', () => {
    expect(Object.keys(jobs)).toEqual(['test', 'electron-e2e', 'installers', 'installed-app', 'publish']);
    expect(needsOf(jobs.test!)).toEqual([]);
    expect(needsOf(jobs['electron-e2e']!)).toEqual(['test']);
    expect(needsOf(jobs.installers!)).toEqual(['electron-e2e']);
    expect(needsOf(jobs['installed-app']!)).toEqual(['installers']);
    expect(needsOf(jobs.publish!).sort()).toEqual(['electron-e2e', 'installed-app', 'installers', 'test']);
  });

  it('runs on pull requests too, but publishes only from a pushed version tag, with the only write permission', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(jobs.publish!.if).toMatch(/github\.event_name == 'push' && startsWith\(github\.ref, 'refs\/tags\/v'\)/);
    expect(jobs.publish!.permissions).toEqual({ contents: 'write' });
    for (const [name, job] of Object.entries(jobs))
      if (name !== 'publish') expect(job.permissions, name).toBeUndefined();
  });

  it('installs the Electron binary and runs the Electron project on Windows, macOS and Linux (xvfb, not root), failing on a skip', () => {
    const job = jobs['electron-e2e']!;
    expect(oses(job).sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
    const install = stepWith(job, 'install-electron');
    const build = stepWith(job, 'npm run build');
    const e2e = stepWith(job, '--project=electron');
    expect(install).toBeGreaterThan(-1);
    expect(build).toBeGreaterThan(install);
    expect(e2e).toBeGreaterThan(build);
    expect(job.steps[e2e]!.run).toContain('xvfb-run -a npx playwright test --project=electron');
    expect(job.steps[stepWith(job, 'id -u')]!.run).toContain('test "$(id -u)" != 0');
    expect(stepWith(job, 's.skipped === 0')).toBeGreaterThan(e2e);
  });

  it('builds installers on the three systems and checks each installed app: fuses, self-check, Windows silent install', () => {
    expect(oses(jobs.installers!).sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
    expect(stepWith(jobs.installers!, 'npm run package')).toBeGreaterThan(-1);
    const job = jobs['installed-app']!;
    expect(oses(job).sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
    const install = stepWith(job, '\'/S\', "/PROVISION=$env:RUNNER_TEMP\\provision.json"');
    const selfCheck = stepWith(job, '--self-check=$env:REPORT');
    const fuses = stepWith(job, 'scripts/check-fuses.ts');
    const verdict = stepWith(job, 'scripts/verify-self-check.ts');
    const uninstall = stepWith(job, 'Uninstall Loyalty Desk.exe');
    expect([install, selfCheck, fuses, verdict, uninstall].every((index, at, all) => index > (all[at - 1] ?? -1))).toBe(
      true,
    );
    expect(job.steps[uninstall]!.run).toContain("'/S'");
    expect(job.steps[stepWith(job, 'xvfb-run -a "$APP_BINARY" --self-check')]!.run).toContain('test "$(id -u)" != 0');
    expect(stepWith(job, 'hdiutil attach')).toBeGreaterThan(-1);
  });

  it('names only scripts that exist and uploads no AppImage (dropped for the deb)', () => {
    for (const script of ['scripts/check-fuses.ts', 'scripts/verify-self-check.ts', '.ci/run'])
      expect(existsSync(script), script).toBe(true);
    const upload = jobs.installers!.steps.find((step) => step.uses?.startsWith('actions/upload-artifact'));
    expect(JSON.stringify(upload)).not.toMatch(/AppImage/);
  });
});
