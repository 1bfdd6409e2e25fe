// Bundles the main process (ESM, production dependencies left as imports) and the sandboxed preload (one CommonJS file).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { dependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: false,
  logLevel: 'warning',
  legalComments: 'none',
};

/** The simulator the tests drive and its loopback HTTP server: training mode ships only training/training-mode.ts. */
const TEST_ONLY = ['electron/training/simulator.ts', 'electron/training/http-server.ts'];

const main = await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: 'out/main/main.js',
  format: 'esm',
  // Production dependencies are packed as node_modules beside the bundle; electron is the runtime itself.
  external: ['electron', ...Object.keys(dependencies)],
  metafile: true,
});

// A test-only module that became reachable from main.ts would ship silently, so the build fails instead.
const shipped = Object.keys(main.metafile.inputs).filter(
  (input) => TEST_ONLY.includes(input) || input.startsWith('test/'),
);
if (shipped.length > 0) throw new Error(`test-only modules in the main bundle: ${shipped.join(', ')}`);

// A sandboxed preload cannot require anything but electron, so everything it uses is bundled into it.
await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: 'out/preload/preload.cjs',
  format: 'cjs',
  external: ['electron'],
});
