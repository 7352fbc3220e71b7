// Lint rules: typescript-eslint's recommended set, zero warnings, and the layering rule that keeps Electron in the shell.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // Only the shell and its platform adapters may import Electron; core services and the renderer run without it.
    files: ['electron/core/**', 'electron/sandbox/**', 'electron/preview*.ts', 'renderer/**', 'shared/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only electron/main.ts, preload.ts, ipc.ts and platform/ import Electron.' }] }],
    },
  },
);
