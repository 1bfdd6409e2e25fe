// The source tree's import graph, read from the files themselves: which file imports which, by relative path, and the
// folders and files that import one another back. The architecture test checks the app's dependency rules on it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every `import … from './x'`, `export … from './x'` and `import './x'` with a relative path, type-only ones included. */
const RELATIVE_IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/g;

export type ImportGraph = Map<string, string[]>;

/** The .ts and .svelte files under these folders, as paths from the repository's root with forward slashes. */
export function sourceFiles(...dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
      .map((entry) => path.relative('.', path.join(entry.parentPath, entry.name)).split(path.sep).join('/')),
  );
}

function resolve(from: string, specifier: string): string {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  return (
    [base, `${base}.ts`, `${base}/index.ts`].find(
      (candidate) => /\.(ts|svelte|js|cjs)$/.test(candidate) && existsSync(candidate),
    ) ?? base
  );
}

export function importGraph(files: readonly string[]): ImportGraph {
  return new Map(
    files.map((file) => [
      file,
      [...readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)].map((match) => resolve(file, match[1]!)),
    ]),
  );
}

/** Each pair of folders that import each other, with one import each way as the evidence. */
export function folderCycles(graph: ImportGraph): string[] {
  const edges = new Map<string, Map<string, string>>();
  for (const [file, targets] of graph) {
    for (const target of targets) {
      const [from, to] = [path.posix.dirname(file), path.posix.dirname(target)];
      if (from === to) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from)!.has(to)) edges.get(from)!.set(to, `${file} → ${target}`);
    }
  }
  const cycles: string[] = [];
  for (const [from, targets] of edges) {
    for (const [to, evidence] of targets) {
      const back = edges.get(to)?.get(from);
      if (back && from < to) cycles.push(`${from} ⇄ ${to}: ${evidence}; ${back}`);
    }
  }
  return cycles;
}

/** Each cycle among files, as the path that closes it (depth-first search over the graph). */
export function fileCycles(graph: ImportGraph): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    trail.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === 'open') cycles.push([...trail.slice(trail.indexOf(target)), target].join(' → '));
      else if (!state.has(target)) visit(target);
    }
    trail.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}
