import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

// The engine and the wizard are pure TypeScript: no React, no DOM, no UI folders.
const pureBoundary = {
  patterns: [
    { group: ['react', 'react-*', 'react/*', '@tanstack/*', 'react-router'], message: 'The engine and the wizard stay free of React.' },
    { group: ['**/app/**', '**/features/**', '**/components/**', '**/cli/**', '../app/*', '../features/*', '../components/*'], message: 'The engine and the wizard never import UI or CLI code.' },
    { group: ['node:*', 'fs', 'path'], message: 'The engine runs in the browser too: no Node built-ins.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
  { files: ['src/**/*.{ts,tsx}'], plugins: { 'react-hooks': reactHooks }, rules: reactHooks.configs.recommended.rules },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  { files: ['scripts/**/*.mjs', 'bin/**/*.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ['src/engine/**/*.ts', 'src/wizard/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', pureBoundary] },
    languageOptions: { globals: {} },
  },
  {
    files: ['src/engine/**/*.ts', 'src/wizard/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'fetch'],
    },
  },
);
