// The architecture's one rule, checked: only Electron glue (`*.electron.ts`, beside the feature it wires), main.ts and
// the preload import Electron or its Electron-only libraries; everything else runs in plain Node.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ELECTRON_ONLY = /from\s+['"](electron|electron-store|electron-updater|electron-log\/main)['"]/;
const GLUE = [/^electron\/main\.ts$/, /^electron\/preload\.ts$/, /^electron\/.+\.electron\.ts$/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|svelte)$/.test(entry.name))
    .map((entry) => path.relative('.', path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

describe('architecture', () => {
  it('keeps electron imports inside the Electron glue', () => {
    const offenders = ['electron', 'common', 'renderer/src']
      .flatMap(sourceFiles)
      .filter((file) => !GLUE.some((pattern) => pattern.test(file)))
      .filter((file) => ELECTRON_ONLY.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('has glue that does import electron (the check above looks at real files)', () => {
    const glue = sourceFiles('electron').filter((file) => file.endsWith('.electron.ts'));
    expect(glue).toContain('electron/lifecycle/window.electron.ts');
    expect(ELECTRON_ONLY.test(readFileSync('electron/main.ts', 'utf8'))).toBe(true);
    expect(ELECTRON_ONLY.test(readFileSync('electron/lifecycle/window.electron.ts', 'utf8'))).toBe(true);
  });
});
