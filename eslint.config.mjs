// Flat config. The one rule that matters most: the analysis core imports nothing from
// the editor, the protocol or Node — it is pure functions of text, reused by server, CLI and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.e2e/**', 'node_modules/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode', 'vscode-*', 'vscode*'], message: 'The core must not depend on the editor or the protocol packages.' },
          { group: ['fs', 'path', 'os', 'child_process', 'url', 'util', 'net', 'http', 'https', 'node:*', 'crypto', 'worker_threads'], message: 'The core is pure: no Node built-ins (the CLI and server do I/O).' },
        ],
      }],
    },
  },
);
