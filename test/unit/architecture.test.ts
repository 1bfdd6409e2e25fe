// The architecture's one rule, checked: only the thin shell imports Electron or its Electron-only libraries.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ELECTRON_ONLY = /from\s+['"](electron|electron-store|electron-updater|electron-log\/main)['"]/;
const SHELL = [/^electron\/main\.ts$/, /^electron\/preload\.ts$/, /^electron\/shell\//];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|svelte)$/.test(entry.name))
    .map((entry) => path.relative('.', path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

describe('architecture', () => {
  it('keeps electron imports inside the shell', () => {
    const offenders = ['electron', 'common', 'renderer/src']
      .flatMap(sourceFiles)
      .filter((file) => !SHELL.some((pattern) => pattern.test(file)))
      .filter((file) => ELECTRON_ONLY.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('has a shell that does import electron (the check above looks at real files)', () => {
    expect(ELECTRON_ONLY.test(readFileSync('electron/main.ts', 'utf8'))).toBe(true);
  });
});
