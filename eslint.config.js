import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.tmp/**',
      'coverage/**',
      'test/fixtures/**',
      'test/corpus/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/action-kit/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'Only packages/action-kit may import @actions/*.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'packages/core imports nothing from @actions/*.' },
            {
              group: ['@portcullis/*'],
              message: 'packages/core imports no other package of the suite.',
            },
          ],
        },
      ],
    },
  },
  {
    // Scanner adapters take the logger and exec ports from core, never the runner package.
    files: ['packages/scanners/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'Only packages/action-kit may import @actions/*.' },
            {
              group: ['@portcullis/action-kit', '@portcullis/action-kit/*'],
              message:
                'packages/scanners take Logger, Exec and neutralize from @portcullis/core/ports, not the runner package @portcullis/action-kit.',
            },
          ],
        },
      ],
    },
  },
  {
    // SARIF knows the finding model only: no scanner, pipeline or runner code.
    files: ['packages/sarif/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'Only packages/action-kit may import @actions/*.' },
            {
              group: ['@portcullis/*', '!@portcullis/core', '!@portcullis/core/*'],
              message: 'packages/sarif imports only @portcullis/core.',
            },
          ],
        },
      ],
    },
  },
)
