// The rules of the package check, on archives made up to break each one, and the runtime closure on a real folder tree.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  auditPackage,
  bareImportsOf,
  runtimePackagesOf,
  type Expectation,
  type PackedApp,
} from '../../../scripts/package-contents';

const PROJECT = '/home/dev/loyalty-desk';

const expectation: Expectation = {
  projectDir: PROJECT,
  buildFiles: [
    'out/main/main.js',
    'out/preload/preload.cjs',
    'out/renderer/index.html',
    'out/renderer/assets/index-1.js',
  ],
  runtimePackages: new Set(['zod@4.0.0', 'tiny@1.0.0']),
  productionDependencies: ['zod'],
  devDependencies: ['vitest'],
};

/** A clean archive: the build output, package.json, zod and the package zod depends on. */
function cleanFiles(): Record<string, string> {
  return {
    'package.json': JSON.stringify({ name: 'loyalty-desk', version: '1.0.0', main: 'out/main/main.js' }),
    'out/main/main.js':
      'import { app } from "electron";\nimport path from "node:path";\nimport { z } from "zod";\nconsole.log(app, path, z);\n',
    'out/preload/preload.cjs':
      'const { contextBridge } = require("electron");\ncontextBridge.exposeInMainWorld("pos", {});\n',
    'out/renderer/index.html': '<!doctype html>',
    'out/renderer/assets/index-1.js': 'console.log(1)',
    'node_modules/zod/package.json': JSON.stringify({ name: 'zod', version: '4.0.0' }),
    'node_modules/zod/index.js': 'export const z = 1;',
    'node_modules/zod/node_modules/tiny/package.json': JSON.stringify({ name: 'tiny', version: '1.0.0' }),
    'node_modules/zod/node_modules/tiny/index.js': 'module.exports = 1;',
  };
}

function packed(files: Record<string, string>): PackedApp {
  return {
    files: Object.entries(files).map(([filePath, contents]) => ({ path: filePath, size: Buffer.byteLength(contents) })),
    read: (filePath) => Buffer.from(files[filePath]!),
  };
}

async function problemsWith(change: (files: Record<string, string>) => void): Promise<string[]> {
  const files = cleanFiles();
  change(files);
  return (await auditPackage(packed(files), expectation)).problems;
}

describe('auditPackage', () => {
  it('passes an archive with exactly the build output and the runtime packages, and sizes each package', async () => {
    const audit = await auditPackage(packed(cleanFiles()), expectation);
    expect(audit.problems).toEqual([]);
    expect(audit.packageSizes.map(([id]) => id).sort()).toEqual(['tiny@1.0.0', 'zod@4.0.0']);
    expect(Object.fromEntries(audit.packageSizes)['tiny@1.0.0']).toBe(
      Buffer.byteLength(cleanFiles()['node_modules/zod/node_modules/tiny/package.json']!) +
        Buffer.byteLength('module.exports = 1;'),
    );
  });

  it.each([
    ['a source map', 'out/main/main.js.map', '{}', /source map: out\/main\/main\.js\.map/],
    ['a TypeScript source', 'electron/main.ts', 'x', /unexpected file: electron\/main\.ts/],
    [
      'declarations in a dependency',
      'node_modules/zod/index.d.ts',
      'x',
      /TypeScript source or declarations: node_modules\/zod\/index\.d\.ts/,
    ],
    ['an .env file', '.env', 'TOKEN=1', /an \.env file: \.env/],
    ['an .env file in a dependency', 'node_modules/zod/.env.local', 'X=1', /an \.env file/],
    ['a test folder', 'test/unit/a.test.ts', 'x', /unexpected file: test\/unit\/a\.test\.ts/],
    ['fixtures in a dependency', 'node_modules/zod/fixtures/data.json', '{}', /tests or fixtures/],
    ['a spec file in a dependency', 'node_modules/zod/index.spec.js', 'x', /a test file/],
    ['a stray build file', 'out/main/old.js', 'x', /unexpected file: out\/main\/old\.js/],
  ])('flags %s', async (_what, filePath, contents, problem) => {
    const problems = await problemsWith((files) => (files[filePath] = contents));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });

  it('flags a dev dependency as one, and any other package nothing needs', async () => {
    const problems = await problemsWith((files) => {
      files['node_modules/vitest/package.json'] = JSON.stringify({ name: 'vitest', version: '4.0.0' });
      files['node_modules/left-pad/package.json'] = JSON.stringify({ name: 'left-pad', version: '1.3.0' });
    });
    expect(problems).toEqual([
      'packed but not needed at run time: vitest@4.0.0 (a devDependency)',
      'packed but not needed at run time: left-pad@1.3.0',
    ]);
  });

  it('flags a runtime package that is missing or packed in another version', async () => {
    expect(await problemsWith((files) => delete files['node_modules/zod/node_modules/tiny/package.json'])).toContain(
      'a runtime dependency is not packed: tiny@1.0.0',
    );
    const problems = await problemsWith(
      (files) => (files['node_modules/zod/package.json'] = JSON.stringify({ name: 'zod', version: '3.0.0' })),
    );
    expect(problems).toEqual([
      'a runtime dependency is not packed: zod@4.0.0',
      'packed but not needed at run time: zod@3.0.0',
    ]);
  });

  it('flags a missing main bundle, preload or renderer file', async () => {
    for (const file of expectation.buildFiles) {
      expect(await problemsWith((files) => delete files[file])).toContain(`missing: ${file}`);
    }
  });

  it('flags a package.json whose "main" is not the bundle', async () => {
    const problems = await problemsWith(
      (files) => (files['package.json'] = JSON.stringify({ name: 'loyalty-desk', main: 'electron/main.ts' })),
    );
    expect(problems).toEqual(['package.json "main" is electron/main.ts, expected out/main/main.js']);
  });

  it("flags a bundle that mentions the build machine's path", async () => {
    const problems = await problemsWith((files) => (files['out/main/main.js'] += `\n// ${PROJECT}/electron/main.ts`));
    expect(problems).toEqual([`out/main/main.js mentions the build machine's path ${PROJECT}`]);
  });

  it('flags an import of a package that is not a production dependency, and a preload that requires more than electron', async () => {
    const problems = await problemsWith((files) => {
      files['out/main/main.js'] += 'import "esbuild";\n';
      files['out/preload/preload.cjs'] += 'require("fs");\n';
    });
    expect(problems).toEqual([
      'the main bundle imports esbuild, which is not a production dependency',
      'the preload requires fs; a sandboxed preload may only require electron',
    ]);
  });

  it('notes a production dependency that the bundle does not import', async () => {
    const files = cleanFiles();
    files['out/main/main.js'] = 'import { app } from "electron";\nconsole.log(app);\n';
    expect((await auditPackage(packed(files), expectation)).notes).toEqual([
      'production dependencies packed but not imported by the main bundle yet: zod',
    ]);
  });
});

describe('bareImportsOf', () => {
  it('reads imports, dynamic imports and requires with a real parser, not strings that look like them', async () => {
    const source = [
      'import a from "electron-store";',
      'import { b } from "@scope/pkg/sub";',
      'import "./local.js";',
      'const c = await import("undici");',
      'const d = require("node:fs");',
      'const words = ["from", "to"]; const e = "import x from \'nope\'";',
    ].join('\n');
    expect([...(await bareImportsOf(source, 'test.js'))].sort()).toEqual([
      '@scope/pkg/sub',
      'electron-store',
      'node:fs',
      'undici',
    ]);
  });
});

describe('runtimePackagesOf', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function install(packageDir: string, manifest: object): void {
    mkdirSync(path.join(dir, packageDir), { recursive: true });
    writeFileSync(path.join(dir, packageDir, 'package.json'), JSON.stringify(manifest));
  }

  it('follows dependencies the way Node resolves them, nested copies first, optional ones only when installed', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'loyalty-desk-closure-'));
    install('.', { name: 'app', version: '1.0.0', dependencies: { a: '1' }, devDependencies: { dev: '1' } });
    install('node_modules/a', {
      name: 'a',
      version: '1.0.0',
      dependencies: { b: '2' },
      optionalDependencies: { missing: '1' },
      peerDependencies: { '@s/c': '1', optionalPeer: '1' },
      peerDependenciesMeta: { optionalPeer: { optional: true } },
    });
    install('node_modules/a/node_modules/b', { name: 'b', version: '2.0.0' });
    install('node_modules/b', { name: 'b', version: '1.0.0' });
    install('node_modules/@s/c', { name: '@s/c', version: '1.0.0', dependencies: { a: '1' } });
    install('node_modules/dev', { name: 'dev', version: '1.0.0' });
    expect([...runtimePackagesOf(dir)].sort()).toEqual(['@s/c@1.0.0', 'a@1.0.0', 'b@2.0.0']);
  });

  it('fails loudly when a required dependency is not installed', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'loyalty-desk-closure-'));
    install('.', { name: 'app', version: '1.0.0', dependencies: { gone: '1' } });
    expect(() => runtimePackagesOf(dir)).toThrow('gone is needed at run time but is not installed');
  });
});
