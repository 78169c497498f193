import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { readdirSync } from 'node:fs';

// One-way layers (docs/decisions/0009-one-way-layers.md). Imports point down. UI: app -> features -> components ->
// lib -> i18n -> engine, and a feature never imports another feature. Engine: diagnose -> checks -> fixes ->
// policy/json/inputs -> core (ids.ts, types.ts are the floor); knowledge never imports triage.
// Each zone lists what its files may not import; an upward import fails `npm run lint`.
const NO_REACT = { group: ['react', 'react-*', 'react/*', '@tanstack/*', 'react-router'], message: 'The engine, the wizard and the words stay free of React.' };
const NO_NODE = { group: ['node:*', 'fs', 'path'], message: 'The engine runs in the browser too: no Node built-ins.' };
const up = (folders, message) => ({ group: folders.flatMap((f) => [`**/${f}`, `**/${f}/**`]), message });
const UI = ['app', 'features', 'components', 'lib', 'cli'];
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const below = (files, ...patterns) => ({ files, ignores: ['**/*.test.ts', '**/*.test.tsx'], rules: { 'no-restricted-imports': ['error', { patterns }] } });
const ENGINE_UP = (folders, message) => up(folders.map((f) => `engine/${f}`).concat(folders.map((f) => `../${f}`)), message);

export const zones = [
  below(['src/lib/**'], up(['app', 'features', 'components'], 'lib is shared state: it never imports the screens.')),
  below(['src/components/**'], up(['app', 'features'], 'A component never imports the app or a feature.')),
  ...FEATURES.map((f) =>
    below([`src/features/${f}/**`], up(['app', ...FEATURES.filter((o) => o !== f).map((o) => `features/${o}`)], 'A feature imports components, lib, i18n and the engine, never the app or another feature.'), up(FEATURES.filter((o) => o !== f).map((o) => `../${o}`), 'A feature never imports another feature.')),
  ),
  below(['src/i18n/**'], NO_REACT, up(UI, 'The words never import the UI.')),
  below(['src/engine/**', 'src/wizard/**'], NO_REACT, NO_NODE, up(UI, 'The engine and the wizard never import UI or CLI code.')),
  below(['src/engine/core/**'], NO_REACT, NO_NODE, up(UI, 'The engine never imports UI code.'), { group: ['../*/*', '../*/**'], message: 'core is the floor: it imports only ids.ts and types.ts.' }),
  ...['policy', 'json', 'inputs'].map((f) => below([`src/engine/${f}/**`], NO_REACT, NO_NODE, up(UI, 'The engine never imports UI code.'), ENGINE_UP(['checks', 'fixes', 'report', 'gather', 'triage', 'share'], `${f} sits below the checks, fixes and reports.`))),
  below(['src/engine/fixes/**'], NO_REACT, NO_NODE, up(UI, 'The engine never imports UI code.'), ENGINE_UP(['checks', 'report', 'gather'], 'A fix never imports a check: shared requirements live in policy/.')),
  below(['src/engine/knowledge/**'], NO_REACT, NO_NODE, up(UI, 'The engine never imports UI code.'), ENGINE_UP(['triage', 'checks', 'fixes', 'report'], 'The knowledge pack is data below triage and the checks.')),
];

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
  { files: ['scripts/**/*.mjs', 'bin/**/*.mjs', 'eslint.config.js'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  ...zones,
  {
    files: ['src/engine/**/*.ts', 'src/wizard/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'fetch'],
    },
  },
);
