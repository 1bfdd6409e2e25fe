// What app.asar must hold and must not: the rules of `npm run package:check`, as plain functions of a file listing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

/** One installed package: where it is and what it declares. */
interface PackageManifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies?: Record<string, string>;
  main?: string;
}

export interface AsarFile {
  /** Path inside the archive, with forward slashes and no leading slash: `out/main/main.js`. */
  path: string;
  size: number;
}

/** What the audit reads from the packed archive. */
export interface PackedApp {
  files: AsarFile[];
  read(filePath: string): Buffer;
}

/** What the audit expects, read from the project on disk. */
export interface Expectation {
  /** The project's own absolute path, which no packed file of ours may mention (a source map or a debug path would). */
  projectDir: string;
  /** Every file of the build output (out/main, out/preload, out/renderer), relative to the project. */
  buildFiles: string[];
  /** `name@version` of every package the app needs at run time: the production dependencies and theirs, recursively. */
  runtimePackages: Set<string>;
  productionDependencies: string[];
  devDependencies: string[];
}

export interface Audit {
  problems: string[];
  /** Worth saying, not worth failing over. */
  notes: string[];
  /** Bytes per packed package (`name@version`), largest first. */
  packageSizes: [string, number][];
}

const BUILD_DIRS = ['out/main', 'out/preload', 'out/renderer'];
const MAIN_BUNDLE = 'out/main/main.js';
const PRELOAD = 'out/preload/preload.cjs';

/** Files no package of ours should carry, wherever they sit. */
const FORBIDDEN: [RegExp, string][] = [
  [/\.map$/, 'a source map'],
  [/\.(c|m)?tsx?$/, 'TypeScript source or declarations'],
  [/(^|\/)\.env(\.[^/]*)?$/, 'an .env file'],
  [/(^|\/)(test|tests|__tests__|fixtures|__fixtures__)\//, 'tests or fixtures'],
  [/\.(spec|test)\.[cm]?js$/, 'a test file'],
];

function readManifest(dir: string): PackageManifest {
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageManifest;
}

/** Node's lookup: the nearest node_modules/<name> from `fromDir` upwards, stopping at the project. */
function resolvePackageDir(name: string, fromDir: string, projectDir: string): string | null {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === projectDir || path.dirname(dir) === dir) return null;
  }
}

/** The production dependencies and everything they need, as installed; optional ones only where they are installed. */
export function runtimePackagesOf(projectDir: string): Set<string> {
  const found = new Set<string>();
  const visitedDirs = new Set<string>();
  const queue: { name: string; fromDir: string; optional: boolean }[] = Object.keys(
    readManifest(projectDir).dependencies ?? {},
  ).map((name) => ({ name, fromDir: projectDir, optional: false }));
  while (queue.length > 0) {
    const { name, fromDir, optional } = queue.shift()!;
    const dir = resolvePackageDir(name, fromDir, projectDir);
    if (!dir) {
      if (optional) continue;
      throw new Error(
        `${name} is needed at run time but is not installed (looked from ${path.relative(projectDir, fromDir) || '.'})`,
      );
    }
    if (visitedDirs.has(dir)) continue;
    visitedDirs.add(dir);
    const manifest = readManifest(dir);
    found.add(`${manifest.name}@${manifest.version}`);
    const optionalPeers = manifest.peerDependenciesMeta ?? {};
    const next = [
      ...Object.keys(manifest.dependencies ?? {}).map((dep) => ({ name: dep, optional: false })),
      ...Object.keys(manifest.optionalDependencies ?? {}).map((dep) => ({ name: dep, optional: true })),
      ...Object.keys(manifest.peerDependencies ?? {}).map((dep) => ({
        name: dep,
        optional: optionalPeers[dep]?.optional === true,
      })),
    ];
    for (const dep of next) queue.push({ ...dep, fromDir: dir });
  }
  return found;
}

function listFiles(projectDir: string, dir: string): string[] {
  const absolute = path.join(projectDir, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(projectDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Reads the expectation from the project as it is after `npm run build`. */
export function expectationFor(projectDir: string): Expectation {
  const manifest = readManifest(projectDir);
  return {
    projectDir,
    buildFiles: BUILD_DIRS.flatMap((dir) => listFiles(projectDir, dir)),
    runtimePackages: runtimePackagesOf(projectDir),
    productionDependencies: Object.keys(manifest.dependencies ?? {}),
    devDependencies: Object.keys(manifest.devDependencies ?? {}),
  };
}

/** `electron-store` from `electron-store/x`, `@scope/pkg` from `@scope/pkg/x`. */
function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The bare module names a bundle imports or requires, found by esbuild's parser (relative paths left out). */
export async function bareImportsOf(source: string, name: string): Promise<Set<string>> {
  const result = await build({
    stdin: { contents: source, loader: 'js', sourcefile: name },
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    external: ['*'],
    logLevel: 'silent',
  });
  const specifiers = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((entry) => entry.path));
  return new Set(specifiers.filter((specifier) => !specifier.startsWith('.') && !path.isAbsolute(specifier)));
}

/** `node_modules/a/node_modules/@s/b/package.json` -> the package root `node_modules/a/node_modules/@s/b`. */
const PACKAGE_ROOT_MANIFEST = /^((?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/@][^/]*)\/package\.json$/;

function packedPackages(packed: PackedApp): Map<string, { id: string; size: number }> {
  const roots = new Map<string, { id: string; size: number }>();
  for (const file of packed.files) {
    const root = PACKAGE_ROOT_MANIFEST.exec(file.path)?.[1];
    if (!root) continue;
    const manifest = JSON.parse(packed.read(file.path).toString('utf8')) as PackageManifest;
    roots.set(root, { id: `${manifest.name}@${manifest.version}`, size: 0 });
  }
  for (const file of packed.files) {
    // The deepest package root that contains the file owns it.
    let owner: string | undefined;
    for (const root of roots.keys())
      if (file.path.startsWith(`${root}/`) && (!owner || root.length > owner.length)) owner = root;
    if (owner) roots.get(owner)!.size += file.size;
  }
  return roots;
}

async function checkImports(
  packed: PackedApp,
  expectation: Expectation,
  problems: string[],
  notes: string[],
): Promise<void> {
  const has = new Set(packed.files.map((file) => file.path));
  if (!has.has(MAIN_BUNDLE) || !has.has(PRELOAD)) return;
  const allowed = new Set(['electron', ...expectation.productionDependencies]);
  const imported = new Set<string>();
  for (const specifier of await bareImportsOf(packed.read(MAIN_BUNDLE).toString('utf8'), MAIN_BUNDLE)) {
    if (isBuiltin(specifier)) continue;
    const name = packageNameOf(specifier);
    imported.add(name);
    if (!allowed.has(name)) problems.push(`the main bundle imports ${specifier}, which is not a production dependency`);
    else if (name !== 'electron' && !has.has(`node_modules/${name}/package.json`))
      problems.push(`the main bundle imports ${name}, which is not packed`);
  }
  // A sandboxed preload can require nothing but electron; anything else would fail at run time.
  for (const specifier of await bareImportsOf(packed.read(PRELOAD).toString('utf8'), PRELOAD)) {
    if (specifier !== 'electron')
      problems.push(`the preload requires ${specifier}; a sandboxed preload may only require electron`);
  }
  const unused = expectation.productionDependencies.filter((name) => !imported.has(name));
  if (unused.length > 0)
    notes.push(`production dependencies packed but not imported by the main bundle yet: ${unused.join(', ')}`);
}

/** Every rule of the package check; an empty `problems` list means the archive holds exactly what it should. */
export async function auditPackage(packed: PackedApp, expectation: Expectation): Promise<Audit> {
  const problems: string[] = [];
  const notes: string[] = [];
  const paths = new Set(packed.files.map((file) => file.path));
  const buildFiles = new Set(expectation.buildFiles);

  for (const required of ['package.json', MAIN_BUNDLE, PRELOAD, 'out/renderer/index.html', ...expectation.buildFiles]) {
    if (!paths.has(required)) problems.push(`missing: ${required}`);
  }
  if (paths.has('package.json')) {
    const main = (JSON.parse(packed.read('package.json').toString('utf8')) as PackageManifest).main;
    if (main !== MAIN_BUNDLE) problems.push(`package.json "main" is ${String(main)}, expected ${MAIN_BUNDLE}`);
  }
  for (const file of packed.files) {
    if (file.path !== 'package.json' && !file.path.startsWith('node_modules/') && !buildFiles.has(file.path)) {
      problems.push(`unexpected file: ${file.path}`);
    }
    for (const [pattern, what] of FORBIDDEN) if (pattern.test(file.path)) problems.push(`${what}: ${file.path}`);
  }
  for (const file of expectation.buildFiles.filter((name) => paths.has(name))) {
    if (packed.read(file).includes(expectation.projectDir))
      problems.push(`${file} mentions the build machine's path ${expectation.projectDir}`);
  }

  const packages = packedPackages(packed);
  const packedIds = new Set([...packages.values()].map((entry) => entry.id));
  for (const id of expectation.runtimePackages)
    if (!packedIds.has(id)) problems.push(`a runtime dependency is not packed: ${id}`);
  const devOnly = new Set(expectation.devDependencies);
  for (const id of packedIds) {
    if (expectation.runtimePackages.has(id)) continue;
    const name = id.slice(0, id.lastIndexOf('@'));
    problems.push(`packed but not needed at run time: ${id}${devOnly.has(name) ? ' (a devDependency)' : ''}`);
  }
  await checkImports(packed, expectation, problems, notes);

  const sizes = new Map<string, number>();
  for (const { id, size } of packages.values()) sizes.set(id, (sizes.get(id) ?? 0) + size);
  return { problems, notes, packageSizes: [...sizes].sort((a, b) => b[1] - a[1]) };
}
