import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The engine's layers, lowest first: a layer imports only from the layers below it. */
const ENGINE_LAYERS = ['money', 'request', 'cards', 'pricing', 'planning', 'bulk', 'sql'];
/** Layers that sit side by side: neither imports the other. */
const SIBLINGS = { planning: ['bulk'], bulk: ['planning'], sql: ['planning', 'bulk'] };
const FEATURES = ['quote', 'compare', 'estimates', 'margins', 'explain', 'rate-cards'];

const zones = [
  // src/engine is pure and self-contained; the app's layers point down: lib and components/ui
  // → components → features → app (bulletproof-react's direction).
  { target: './src/engine', from: './src', except: ['./engine'], message: 'src/engine imports only from itself.' },
  ...ENGINE_LAYERS.flatMap((layer, i) =>
    [...ENGINE_LAYERS.slice(i + 1), ...(SIBLINGS[layer] ?? [])]
      .filter((above, j, all) => all.indexOf(above) === j)
      .map((above) => ({
        target: `./src/engine/${layer}`,
        from: `./src/engine/${above}`,
        message: `engine/${layer} sits below engine/${above}: it may not import it.`,
      })),
  ),
  {
    // Rate cards compiled to SQL: only the engine's index imports it (the CLI goes through the index).
    target: ['money', 'request', 'cards', 'pricing', 'planning', 'bulk']
      .map((layer) => `./src/engine/${layer}`)
      .concat(['./src/app', './src/cli', './src/components', './src/features', './src/lib']),
    from: './src/engine/sql',
    message: 'engine/sql is reached through src/engine/index.ts only.',
  },
  { target: './src/components/ui', from: './src/engine', message: 'components/ui are dumb primitives: no engine.' },
  {
    target: './src/components',
    from: ['./src/features', './src/app'],
    message: 'Shared components import no feature and no app code.',
  },
  {
    target: './src/lib',
    from: ['./src/features', './src/app', './src/components'],
    message: 'lib imports no feature, component or app code.',
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature: share it through components/ or lib/.',
  })),
  { target: './src/features', from: './src/app', message: 'Features do not import the app that composes them.' },
  {
    target: './src/cli',
    from: ['./src/features', './src/components', './src/app'],
    message: 'The command line runs the engine, not the app.',
  },
];

export default tseslint.config(
  { ignores: ['.scratch/**', 'dist', 'node_modules', 'test-results', 'playwright-report', 'coverage', '.cache'] },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text is only ever rendered as text.',
        },
      ],
    },
  },
  {
    // Import fences between layers (docs/ARCHITECTURE.md).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
  {
    // Small files, one concept each; lines a reader can take in (Prettier wraps code, not strings).
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 200 }],
      'max-len': ['error', { code: 120, tabWidth: 2 }],
    },
  },
  {
    // The engine is pure: no UI framework, no DOM, no network (SPEC §2, STYLE "Boundaries").
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'recharts', '@hookform/*', 'node:*'],
              message: 'src/engine stays pure: no UI or Node imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'fetch',
        'localStorage',
        'sessionStorage',
        'navigator',
        'XMLHttpRequest',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'round', message: 'Money is rounded by money.ts with a named mode.' },
        { property: 'toFixed', message: 'Money is formatted by money.ts, never with toFixed.' },
      ],
    },
  },
);
