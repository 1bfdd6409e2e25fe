// The README's test command: every suite in turn, then one closing line `N passed, N failed, N skipped` over all of them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('.tmp', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A whole step that is one check (type-check, lint, build): one pass or one fail. */
function check(title, command, args) {
  const passed = run(title, command, args);
  totals[passed ? 'passed' : 'failed'] += 1;
  return passed;
}

/** A test runner step: its own counts, read from its JSON report; a runner that died without a report is one failure. */
function suite(title, command, args, reportFile, count) {
  rmSync(reportFile, { force: true });
  const exitedCleanly = run(title, command, args);
  let counts;
  try {
    counts = count(JSON.parse(readFileSync(reportFile, 'utf8')));
  } catch {
    counts = { passed: 0, failed: 1, skipped: 0 };
  }
  if (!exitedCleanly && counts.failed === 0) counts.failed = 1;
  for (const key of Object.keys(totals)) totals[key] += counts[key];
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

check('type-check', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npm', ['run', '--silent', 'lint']);
check('format', 'npm', ['run', '--silent', 'format:check']);
check('security', 'npm', ['run', '--silent', 'security']);

suite(
  'unit',
  npx,
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest-results.json'],
  '.tmp/vitest-results.json',
  (report) => ({
    passed: report.numPassedTests,
    // A file that failed before any of its tests ran (an import error) counts as one failure.
    failed:
      report.numFailedTests +
      report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length,
    skipped: report.numPendingTests + report.numTodoTests,
  }),
);

// Over 5,000 write-offs against unkind providers with random faults and a random cashier: one check, passed only with no wrong outcome.
check('write-off faults', 'npm', ['run', '--silent', 'test:faults']);

if (check('build', 'npm', ['run', '--silent', 'build'])) {
  // The built main bundle in plain Node against a recording stand-in for electron: the start-up stories of the shell.
  suite('shell', npx, ['tsx', 'test/shell/run.ts'], '.tmp/shell-results.json', (report) => ({ ...report, skipped: 0 }));
  suite('end-to-end', npx, ['playwright', 'test'], '.tmp/playwright-results.json', (report) => ({
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected,
    skipped: report.stats.skipped,
  }));
  // What the installers would pack: electron-builder --dir around a placeholder Electron, then app.asar's contents.
  check('package contents', 'npm', ['run', '--silent', 'package:check']);
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
