// The architecture's rules, checked: only Electron glue (`*.electron.ts`, beside the feature it wires), main.ts and the
// preload import Electron or its Electron-only libraries; the window imports nothing of the main side, only the shared
// contract in common/; services never import the IPC layer; and no folder or file imports one that imports it back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileCycles, folderCycles, importGraph, sourceFiles } from '../support/import-graph';

const ELECTRON_ONLY = /from\s+['"](electron|electron-store|electron-updater|electron-log\/main)['"]/;
const GLUE = [/^electron\/main\.ts$/, /^electron\/preload\.ts$/, /^electron\/.+\.electron\.ts$/];

const APP = ['electron', 'common', 'renderer/src'];
const graph = importGraph(sourceFiles(...APP));

describe('architecture', () => {
  it('keeps electron imports inside the Electron glue', () => {
    const offenders = sourceFiles(...APP)
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

  it('has the window import nothing under electron/, and common/ import nothing outside itself', () => {
    const crossing = [...graph].flatMap(([file, targets]) =>
      targets
        .filter(
          (target) =>
            (file.startsWith('renderer/') && target.startsWith('electron/')) ||
            (file.startsWith('common/') && !target.startsWith('common/')),
        )
        .map((target) => `${file} → ${target}`),
    );
    expect(crossing).toEqual([]);
  });

  it('keeps the services free of the IPC layer: only the composition root, the glue and ipc/ itself import it', () => {
    const intoIpc = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => target.startsWith('electron/ipc/') && !file.startsWith('electron/ipc/'))
        .map((target) => `${file} → ${target}`),
    );
    expect(
      intoIpc.filter((edge) => !/^electron\/(compose\.ts|calls\.ts|main\.ts|preload\.ts|.+\.electron\.ts) /.test(edge)),
    ).toEqual([]);
  });

  it('keeps the shared primitives (components/ui) free of features, screens and state', () => {
    const fromUi = [...graph].flatMap(([file, targets]) =>
      file.startsWith('renderer/src/components/ui/')
        ? targets
            .filter((target) => /^renderer\/src\/(screens|state|components\/(?!ui\/))/.test(target))
            .map((target) => `${file} → ${target}`)
        : [],
    );
    expect(fromUi).toEqual([]);
  });

  it('has no folder that imports one importing it back, and no import cycle among files', () => {
    expect(folderCycles(graph)).toEqual([]);
    expect(fileCycles(graph)).toEqual([]);
  });

  it('reads real imports (the checks above look at a graph that has edges)', () => {
    expect(graph.get('electron/compose.ts')).toContain('electron/checkout/write-off.ts');
    expect(graph.get('renderer/src/App.svelte')).toContain('renderer/src/state/navigation.svelte.ts');
  });
});
