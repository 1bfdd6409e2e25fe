// `tsx scripts/verify-self-check.ts <report.json> [expected.json]`: fails unless the app's self-check report passed and
// matches what the release workflow expects of it (packaged, the provisioned settings, no secret left in the file).
import { readFileSync } from 'node:fs';
import { selfCheckVerdict, type SelfCheckReport } from '../electron/lifecycle/self-check';

const [reportFile, expectedFile] = process.argv.slice(2);
if (!reportFile) throw new Error('usage: tsx scripts/verify-self-check.ts <report.json> [expected.json]');
// A file rather than JSON on the command line: PowerShell and bash quote arguments differently.
const expectedJson = expectedFile ? readFileSync(expectedFile, 'utf8') : '{"packaged":true}';
let report: SelfCheckReport;
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8')) as SelfCheckReport;
} catch (error) {
  console.error(
    `self-check: no readable report at ${reportFile} (${(error as Error).message}): the app did not run the check`,
  );
  process.exit(1);
}
console.log(JSON.stringify(report, null, 2));
const problems = selfCheckVerdict(report, JSON.parse(expectedJson) as Parameters<typeof selfCheckVerdict>[1]);
for (const problem of problems) console.error(`self-check: ${problem}`);
console.log(problems.length === 0 ? 'self-check: passed' : `self-check: ${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
