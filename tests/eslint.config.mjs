// The JavaScript linter's rules for the window's modules (ui/) and the
// tests (tests/): ESLint's recommended set, with the globals each runs in.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['ui/vendor/**', 'tests/node_modules/**', 'tests/artifacts/**', 'target/**'] },
  js.configs.recommended,
  {
    files: ['ui/**/*.js'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser } },
  },
  {
    files: ['tests/**/*.mjs', 'tests/**/*.js'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      'no-unused-vars': ['error', { args: 'none', caughtErrors: 'none' }],
      'prefer-const': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
];
