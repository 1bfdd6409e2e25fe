// Unit and integration tests: main-side and renderer logic in plain Node; the window's state modules (*.svelte.ts) are
// compiled by the Svelte plugin, so tests can drive them (Node resolves Svelte's server build: runes hold plain values).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [svelte({ configFile: './svelte.config.js' })],
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
