// Lint config: typescript-eslint's type-checked recommended rules over every TypeScript file the
// tsconfig covers, plus a ban on non-null assertions so each `!` becomes a stated invariant or a handled case.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'build.*/', 'node_modules/', 'data/', 'coverage/', 'test-artifacts/', '.tmp/'] },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      // An async function without an await is how a synchronous driver call (better-sqlite3) or a uniform
      // `async` interface (the eval sections) turns a throw into a rejection: not a mistake here.
      '@typescript-eslint/require-await': 'off',
      // As tsc's noUnusedLocals: a leading underscore marks a name kept on purpose (`{ rule: _rule, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Vitest types its asymmetric matchers (`expect.stringMatching(…)`) as `any`; inside `toMatchObject({…})` that is
    // the point, not a leak.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Plain-JS entry points (bin/, the pool worker) and this file are outside the tsconfig: lint them untyped.
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
