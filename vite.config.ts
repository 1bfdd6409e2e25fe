// Builds the renderer (the only code that runs in the window) into out/renderer.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  // The Svelte config lives beside this file, not in the renderer root Vite builds from.
  plugins: [svelte({ configFile: '../svelte.config.js' })],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    // Source maps would ship the developer's paths inside the installer.
    sourcemap: false,
    // One file per kind keeps the protocol handler and the CSP simple: no inline scripts, no data: modules.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
