// Bundles the main process (ESM, production dependencies left as imports) and the sandboxed preload (one CommonJS file).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { dependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: false, logLevel: 'warning', legalComments: 'none' };

await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: 'out/main/main.js',
  format: 'esm',
  // Production dependencies are packed as node_modules beside the bundle; electron is the runtime itself.
  external: ['electron', ...Object.keys(dependencies)],
});

// A sandboxed preload cannot require anything but electron, so everything it uses is bundled into it.
await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: 'out/preload/preload.cjs',
  format: 'cjs',
  external: ['electron'],
});
