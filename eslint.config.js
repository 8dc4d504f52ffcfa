import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text is only ever rendered as text.' },
      ],
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
            { group: ['react', 'react-*', 'react/*', 'recharts', '@tanstack/*', '@hookform/*', 'node:*'], message: 'src/engine stays pure: no UI or Node imports.' },
            { group: ['../*', '!../engine'], message: 'src/engine imports only from itself.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage', 'sessionStorage', 'navigator', 'XMLHttpRequest'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'round', message: 'Money is rounded by money.ts with a named mode.' },
        { property: 'toFixed', message: 'Money is formatted by money.ts, never with toFixed.' },
      ],
    },
  },
);
