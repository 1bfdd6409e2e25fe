// `tsx scripts/check-fuses.ts <packaged app>`: fails unless the packaged binary's fuse wire is exactly as decided in
// build/fuses.ts. Given the .exe, the Linux binary, or the macOS .app (whose wire is in the framework).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fuseWireProblems } from './fuse-wire';

const target = process.argv[2];
if (!target) throw new Error('usage: tsx scripts/check-fuses.ts <packaged executable or .app>');
const binary = target.endsWith('.app')
  ? path.join(target, 'Contents/Frameworks/Electron Framework.framework/Electron Framework')
  : target;
const problems = fuseWireProblems(readFileSync(binary));
for (const problem of problems) console.error(`fuses: ${problem}`);
console.log(problems.length === 0 ? `fuses: ${binary} is fused as decided` : `fuses: ${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
