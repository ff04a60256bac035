import { readdirSync } from 'node:fs';

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const noParentEscape = {
  regex: '^\\.\\./\\.\\./',
  message: "Import through '@/…' instead of climbing two folders up.",
};

// The architecture of bulletproof-react: shared code → features → app (routes compose features).
// A feature never imports another feature, and shared code never imports features or the app.
const boundaries = [
  {
    files: ['src/{api,components,config,hooks,lib,locales,types,utils,testing}/**/*.{ts,tsx}'],
    ignores: ['src/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^@/(features|app)(/|$)', message: 'Shared code must not depend on features or the app.' },
            noParentEscape,
          ],
        },
      ],
    },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^@/features/(?!${feature}/)`,
              message: 'Features do not import each other; compose them in a route (src/app/routes).',
            },
            { regex: '^@/app(/|$)', message: 'Features must not depend on the app layer.' },
            noParentEscape,
          ],
        },
      ],
    },
  })),
];

export default defineConfig([
  globalIgnores(['dist', 'coverage', 'node_modules', 'src/api/schema.d.ts']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked, reactHooks.configs.flat.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      globals: globals.browser,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  ...boundaries,
  {
    // Every instant is written by one module, in the organisation's zone (issue 16): see src/utils/format.ts.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/utils/format.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Intl'][property.name='DateTimeFormat']",
          message: "Format instants with '@/utils/format' and the zone from useTimeZone().",
        },
        {
          selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)String$/]',
          message: "Format instants with '@/utils/format' and the zone from useTimeZone().",
        },
      ],
    },
  },
]);
