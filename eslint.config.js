import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

export default tseslint.config(
  { ignores: ['dist', 'dist-single', '.tmp', 'node_modules', 'dev-dist', 'coverage', 'tests/e2e/artifacts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The one-way wall: the model is pure and never imports the UI, i18n, storage or libraries
    // of the browser. A psychometrician can read and test it without React.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'src/model is framework-free.' },
            { group: ['i18next', 'zustand', 'zustand/*', 'recharts'], message: 'src/model is framework-free.' },
            { group: ['**/features/**', '**/stores/**', '**/lib/**', '**/charts/**', '**/app/**', '**/components/**'], message: 'The model never imports the UI.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'fetch'],
    },
  },
  {
    // Features never import each other: shared UI lives in src/components, state in src/stores.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // Feature folders are flat, so a path that climbs one level lands in another feature.
          patterns: [{ regex: '^\\.\\./(?!\\.\\./)', message: 'Features do not import other features.' }],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,mjs,js}', '*.config.{ts,js}', 'scripts/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
