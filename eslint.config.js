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
    // The engine contract knows the finding model and the ports only: no runner, no pipeline.
    files: ['packages/engine/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'Only packages/action-kit may import @actions/*.' },
            {
              group: ['@portcullis/*', '!@portcullis/core', '!@portcullis/core/*'],
              message: 'packages/engine imports only @portcullis/core (the model and the ports).',
            },
          ],
        },
      ],
    },
  },
  {
    // Scanner adapters take the ports from core and the engine contract, never the runner or the pipeline.
    files: ['packages/scanners/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'Only packages/action-kit may import @actions/*.' },
            {
              group: [
                '@portcullis/*',
                '!@portcullis/core',
                '!@portcullis/core/*',
                '!@portcullis/engine',
                '!@portcullis/engine/*',
                '!@portcullis/sarif',
                '!@portcullis/sarif/*',
              ],
              message:
                "packages/scanners import only @portcullis/core (model, ports), @portcullis/engine (the engine contract) and @portcullis/sarif; the runner package and the pipeline are the actions' to wire.",
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
