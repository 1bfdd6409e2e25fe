// Lint: TypeScript and Svelte correctness plus Microsoft's SDL security rules (Electron and common) and no {@html} anywhere.
import pluginSdl from '@microsoft/eslint-plugin-sdl';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'release/', '.tmp/', 'node_modules/', 'build/icons/'] },
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  ...pluginSdl.configs.common,
  ...pluginSdl.configs.electron,
  ...pluginSdl.configs.node,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'svelte/no-at-html-tags': 'error',
      // Plain http is allowed only where nothing leaves the machine: loopback, and the never-resolving training host.
      '@microsoft/sdl/no-insecure-url': [
        'error',
        {
          exceptions: [
            '^http://127\\.0\\.0\\.1',
            '^http://localhost',
            '^http://\\[::1\\]',
            '^http://[a-z.-]+\\.invalid',
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  {
    // CommonJS files (the shell test's stand-in for electron, which CommonJS packages require) can only require.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
