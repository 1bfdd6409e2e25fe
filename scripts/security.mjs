// `npm run security`: Electronegativity over the project (its online check skipped: no internet here); fails on any HIGH or MEDIUM finding.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const REPORT = '.tmp/electronegativity.csv';
/** Looks up the newest Electron release on the internet; everything else runs offline. */
const SKIPPED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const FAILING = new Set(['HIGH', 'MEDIUM']);

const cli = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json')),
  'dist/index.js',
);
mkdirSync('.tmp', { recursive: true });
rmSync(REPORT, { force: true });
// Electronegativity exits 0 whatever it finds, so its report is what decides.
spawnSync(
  process.execPath,
  [
    cli,
    '--input',
    '.',
    '--output',
    REPORT,
    '--exclude-checks',
    SKIPPED_CHECKS.join(','),
    '--verbose',
    'false',
    '--relative',
  ],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);

let report;
try {
  report = readFileSync(REPORT, 'utf8');
} catch {
  console.error('security: Electronegativity wrote no report');
  process.exit(1);
}

// Each finding line starts: CHECK_ID,"SEVERITY","CONFIDENCE","file","line:column",…
const findings = report
  .split('\n')
  .slice(1)
  .map((line) => /^([A-Z0-9_]+),"([A-Z]+)","([A-Z]+)","([^"]*)","([^"]*)"/.exec(line))
  .filter((match) => match !== null)
  .map(([, check, severity, confidence, file, location]) => ({ check, severity, confidence, file, location }));

// The version check reads package.json and always reports: without it, Electronegativity did not look at this project.
if (!findings.some((finding) => finding.check === 'ELECTRON_VERSION_JSON_CHECK')) {
  console.error('security: the report does not show that Electronegativity read the project');
  process.exit(1);
}

for (const { check, severity, confidence, file, location } of findings)
  console.log(`${severity.padEnd(13)} ${check} (${confidence}) ${file}:${location}`);
const failing = findings.filter((finding) => FAILING.has(finding.severity));
console.log(`security: ${findings.length} findings, ${failing.length} HIGH or MEDIUM`);
process.exit(failing.length === 0 ? 0 : 1);
