// Lint keeps the layers of docs/ARCHITECTURE.md honest:
//   shared/   pure: no electron, DOM-only libraries, node or dexie
//   renderer/ never electron or node
//   electron/ only the thin adapters (and the entry points that wire them) import 'electron'
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'module',
  'net',
  'os',
  'path',
  'process',
  'stream',
  'timers',
  'url',
  'util',
  'worker_threads',
  'zlib',
];
const noNode = [
  { group: ['node:*'], message: 'Node built-ins are not available in this layer.' },
  ...nodeBuiltins.map((name) => ({ group: [name], message: 'Node built-ins are not available in this layer.' })),
];
const noElectron = [{ group: ['electron', 'electron/*'], message: 'Only electron/adapters may import electron.' }];

/** The renderer's folders: each feature, plus app/, data/, ui/, platform/... */
const rendererFolders = readdirSync(new URL('./renderer', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const rendererPatterns = [
  ...noNode,
  ...noElectron,
  { group: ['**/electron/**'], message: 'The renderer talks to main only through window.callDesk (shared/ipc).' },
];
const noAppImports = {
  group: ['**/app/*'],
  message: 'renderer/app is the composition root: import from renderer/shell or the feature instead.',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'release/**', 'dist/**', 'test-results/**', 'playwright-report/**', 'test/bench/.profile/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Rules that need the types: a promise nobody awaits or catches, a promise handed to
    // something that expects a plain function (an onClick), a switch that forgets a case.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noNode,
            ...noElectron,
            { group: ['dexie', 'dexie/*'], message: 'shared/ is pure: the database lives in renderer/data.' },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ is pure: no UI.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not depend on a platform layer.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': ['error', { patterns: rendererPatterns }],
      'no-restricted-globals': ['error', 'process', 'require'],
    },
  },
  {
    // renderer/app is the composition root: it wires the features together, so none imports it.
    // What features share (router, clock, commands, shortcuts) lives in renderer/shell.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/app/**', 'renderer/main.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...rendererPatterns, noAppImports] }] },
  },
  {
    // The data layer sits under every feature: it may use shared/ and itself, never a feature.
    files: ['renderer/data/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererPatterns,
            noAppImports,
            {
              group: rendererFolders.filter((name) => name !== 'data').map((name) => `../${name}/**`),
              message: 'renderer/data imports no feature: features build on it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noElectron,
            { group: ['**/renderer/**', 'dexie', 'react', 'react-dom'], message: 'Main does not reach into the renderer.' },
          ],
        },
      ],
    },
  },
  {
    // The adapters and the two entry points are the only places allowed to touch Electron.
    files: ['electron/adapters/**/*.ts', 'electron/main.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/renderer/**', 'dexie', 'react', 'react-dom'], message: 'Main does not reach into the renderer.' }],
        },
      ],
    },
  },
  {
    // Browser mode's page side runs in the page, like the renderer: DOM, no Node.
    files: ['electron/browser-mode/page/**/*.ts', 'electron/browser-mode/page-bridge.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noNode,
            ...noElectron,
            { group: ['**/renderer/**', 'dexie', 'react', 'react-dom'], message: 'The page bridge does not reach into the renderer.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require'],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,ts}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
);
