// `npm run package:check`: packs the app with the real builder configuration around a PLACEHOLDER Electron and checks
// what app.asar holds. It checks the package's contents, not a runnable build: the result cannot start.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { build, DIR_TARGET, Platform } from 'electron-builder';
import { config } from '../build/electron-builder.config';
import { ELECTRON_FUSES } from '../build/fuses';
import { auditPackage, expectationFor, type AsarFile, type PackedApp } from './package-contents';

const projectDir = path.resolve(import.meta.dirname, '..');

/** Just enough of an unpacked Linux Electron for electron-builder's --dir build: an executable file, a licence, locales. */
function placeholderElectron(dir: string): string {
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  writeFileSync(
    path.join(dir, 'electron'),
    '#!/bin/sh\necho "placeholder for package:check, not Electron" >&2\nexit 1\n',
  );
  chmodSync(path.join(dir, 'electron'), 0o755);
  writeFileSync(path.join(dir, 'LICENSE'), 'placeholder\n');
  for (const locale of ['ru.pak', 'en-US.pak', 'de.pak']) writeFileSync(path.join(dir, 'locales', locale), '');
  return dir;
}

function readPacked(asarPath: string): PackedApp {
  const files: AsarFile[] = [];
  for (const entry of listPackage(asarPath, { isPack: false })) {
    const inner = entry
      .replace(/^[/\\]/, '')
      .split(path.sep)
      .join('/');
    const stat = statFile(asarPath, inner, false);
    if ('size' in stat && !('files' in stat)) files.push({ path: inner, size: stat.size });
  }
  return { files, read: (filePath) => extractFile(asarPath, filePath) };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

console.log('package:check: packs the app around a placeholder Electron and checks the CONTENTS of app.asar.');
console.log(
  '               The result is not a runnable build; installers are built by .github/workflows/release.yml.\n',
);

const workDir = mkdtempSync(path.join(os.tmpdir(), 'loyalty-desk-package-'));
let failed = false;
try {
  const outputDir = path.join(workDir, 'release');
  await build({
    projectDir,
    targets: Platform.LINUX.createTarget(DIR_TARGET),
    publish: 'never',
    config: {
      ...config,
      directories: { ...config.directories, output: outputDir },
      electronDist: placeholderElectron(path.join(workDir, 'electron-dist')),
      // @electron/fuses looks for the fuse wire inside the Electron binary, and a placeholder has none.
      electronFuses: null,
    },
  });
  console.log(
    '\nFuses: NOT flipped in this check (the placeholder is not an Electron binary). The release build flips:',
  );
  for (const [fuse, value] of Object.entries(ELECTRON_FUSES)) console.log(`  ${fuse}: ${value}`);

  const resourcesDir = path.join(outputDir, 'linux-unpacked', 'resources');
  const asarPath = path.join(resourcesDir, 'app.asar');
  const packed = readPacked(asarPath);
  const audit = await auditPackage(packed, expectationFor(projectDir));
  // Beside app.asar only the updater's own file may sit: an app/ folder or unpacked files would bypass the archive.
  for (const entry of readdirSync(resourcesDir)) {
    if (!['app.asar', 'app-update.yml'].includes(entry)) audit.problems.push(`unexpected in resources/: ${entry}`);
  }

  // The placeholder carries a third locale, so this shows electronLanguages really trims Chromium's locales.
  const locales = readdirSync(path.join(outputDir, 'linux-unpacked', 'locales')).sort();
  if (locales.join() !== 'en-US.pak,ru.pak')
    audit.problems.push(`Chromium locales packed: ${locales.join(', ')}; expected en-US and ru only`);

  const unpacked = packed.files.reduce((sum, file) => sum + file.size, 0);
  console.log(
    `\napp.asar: ${packed.files.length} files, ${megabytes(statSync(asarPath).size)} (${megabytes(unpacked)} of file contents)`,
  );
  console.log(
    `packages: ${audit.packageSizes.length}; largest: ${audit.packageSizes
      .slice(0, 5)
      .map(([id, size]) => `${id} ${megabytes(size)}`)
      .join(', ')}`,
  );
  for (const note of audit.notes) console.log(`note: ${note}`);
  if (audit.problems.length > 0) {
    failed = true;
    console.error(`\npackage:check FAILED, ${audit.problems.length} problem(s):`);
    for (const problem of audit.problems) console.error(`  - ${problem}`);
  } else {
    console.log(
      '\npackage:check passed: app.asar holds the main bundle, the preload, the renderer and the runtime dependencies, and nothing else.',
    );
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
