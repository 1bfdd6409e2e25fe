// The NSIS include compiles as electron-builder compiles it (warnings are errors), into the installer and out of the
// uninstaller. Needs makensis (apt-get install nsis); skipped without it, and the Windows release build compiles it anyway.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const hasMakensis = spawnSync('makensis', ['-VERSION']).status === 0;
const buildDir = path.resolve('build');
const work = mkdtempSync(path.join(os.tmpdir(), 'loyalty-desk-nsis-'));

/** Compiles a script around build/installer.nsh; returns makensis's exit code and output. */
function compile(name: string, body: string[]): { status: number | null; output: string } {
  const script = path.join(work, `${name}.nsi`);
  writeFileSync(
    script,
    ['Unicode true', `OutFile "${path.join(work, `${name}.exe`)}"`, `!addincludedir "${buildDir}"`, ...body, ''].join(
      '\n',
    ),
  );
  const result = spawnSync('makensis', ['-WX', '-V2', script], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe.skipIf(!hasMakensis)('build/installer.nsh (needs makensis)', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('compiles into an installer, its macros in .onInit and the install section', () => {
    const result = compile('installer', [
      'RequestExecutionLevel user',
      '!include "installer.nsh"',
      'Function .onInit',
      '  !insertmacro customInit',
      'FunctionEnd',
      'Section',
      '  !insertmacro customInstall',
      'SectionEnd',
    ]);
    expect(result.output).not.toMatch(/warning|error/i);
    expect(result.status).toBe(0);
  });

  it('leaves the uninstaller build alone', () => {
    const result = compile('uninstaller', [
      '!define BUILD_UNINSTALLER',
      '!include "installer.nsh"',
      '!ifmacrodef customInit | customInstall',
      '  !error "provisioning macros leaked into the uninstaller"',
      '!endif',
      'Section',
      'SectionEnd',
    ]);
    expect(result.output).toBe(result.output.replace(/warning/gi, ''));
    expect(result.status).toBe(0);
  });
});
