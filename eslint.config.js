// ESLint 9 flat config.
// Fast on purpose: typescript-eslint without type information (tsc already type-checks).
// Layer boundaries from ARCHITECTURE.md are enforced by a local rule (eslint-rules/) that
// resolves the `@/`, `@mocks/`, `@tests/` aliases and relative paths to project paths.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerBoundaries } from './eslint-rules/layer-boundaries.js';

const root = fileURLToPath(new URL('.', import.meta.url));

const TEST_FILES = ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'];

const FEATURES = ['prefill', 'submission', 'session-timing', 'satisfaction', 'builder', 'metrics', 'identity', 'bench'];
const feature = (name) => `src/${name}`;
const allFeatures = FEATURES.map(feature);
const TEST_FILE = /\.test\.tsx?$/;

/**
 * Markup is never built from strings: schema labels, hints and answers are data typed by authors
 * and citizens, so React must always render them as text (escaped).
 */
const NO_RAW_HTML = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never raw HTML: labels and answers are untrusted.' },
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Use textContent or React; never assign HTML.' },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/]", message: 'Never inject HTML strings into the document.' },
];

/**
 * Libraries reached only through one module of ours: each `pattern` is forbidden everywhere but
 * in its `module`. (One config per module, because a later `no-restricted-imports` replaces an
 * earlier one for the same file rather than adding to it.)
 */
const restrictedImports = (rules) => {
  const files = ['src/**/*.{ts,tsx}', 'mocks/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'scripts/**/*.ts'];
  const patternsBut = (module) => rules.filter((rule) => rule.module !== module).map(({ pattern }) => pattern);
  return [
    { files, ignores: rules.map(({ module }) => module), rules: { 'no-restricted-imports': ['error', { patterns: patternsBut() }] } },
    ...rules.map(({ module }) => ({ files: [module], rules: { 'no-restricted-imports': ['error', { patterns: patternsBut(module) }] } })),
  ];
};

/** Layer boundaries; paths are project-relative folders (or regular expressions). */
const zones = [
  {
    target: ['src/schema', 'src/klm', 'src/lib', 'src/config', 'src/components'],
    from: ['src/fields', 'src/engine', 'src/renderer', 'src/app', ...allFeatures],
    message: 'Lower layers (schema, klm, lib, config, components) never import higher ones.',
  },
  {
    target: ['src/fields'],
    from: ['src/engine', 'src/renderer', 'src/app', ...allFeatures],
    message: 'fields/ sits below engine, renderer, app and the features.',
  },
  {
    target: ['src/engine'],
    from: ['src/renderer', 'src/app', ...allFeatures],
    message: 'engine/ is pure and sits below renderer, app and the features.',
  },
  {
    target: ['src/renderer'],
    from: ['src/app', ...allFeatures],
    message: 'renderer/ sits below app and the features.',
  },
  ...FEATURES.map((name) => ({
    target: [feature(name)],
    from: ['src/app', ...FEATURES.filter((other) => other !== name).map(feature)],
    message: 'Features never import each other or app/; app/ composes them.',
  })),
  {
    // Only the registry reaches into a field-type folder; everybody else asks the registry.
    target: ['src'],
    except: ['src/fields'],
    from: [/^src\/fields\/(?!shared\/)[^/]+\//],
    message: 'Only src/fields/registry.ts imports a field-type folder; ask the registry.',
  },
  {
    target: ['src'],
    except: ['src/app', TEST_FILE],
    from: ['mocks'],
    message: 'Only src/app and test files may import mocks/; the app talks to mocks over HTTP.',
  },
];

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist-e2e/',
    'dist-bench/',
    'bench-results/',
    'reports/',
    'dist-tools/',
    'coverage/',
    'node_modules/',
    'public/mockServiceWorker.js',
    'test-results/',
    'playwright-report/',
    'tests/e2e/screenshots/',
    '.tmp-tools/',
    // Verbatim copy of the shared benchmark generator (../shared/bench/spec.js), not our code.
    'tests/fixtures/bench-canonical-spec.js',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    plugins: { project: { rules: { 'layer-boundaries': layerBoundaries } } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Browser code.
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Node code: configs, scripts, Playwright, mocks' node server.
  {
    files: ['*.{js,mjs,cjs,ts}', 'scripts/**/*.{js,mjs,cjs,ts}', 'mocks/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
  },

  // React: hooks and accessibility.
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
  },

  // Layer boundaries.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'project/layer-boundaries': ['error', { root, zones }] },
  },

  // One zod: zod/mini, through src/lib/zod.ts (classic zod's method chains cannot be tree-shaken
  // and would come back into the citizen's entry; the module also installs zod's English messages).
  // One router: wouter, through src/lib/navigation.tsx (it adds the hash, history state and keys).
  ...restrictedImports([
    { module: 'src/lib/zod.ts', pattern: { regex: '^zod(/|$)', message: "Import z from '@/lib/zod' (zod/mini)." } },
    {
      module: '{src/lib/navigation.tsx,src/lib/scroll-restoration.ts,scripts/page-preload.ts}',
      pattern: { regex: '^(wouter|regexparam)(/|$)', message: "Import routing from '@/lib/navigation'." },
    },
  ]),

  // No raw HTML anywhere in the app; no console output but warnings and errors (no personal data in logs).
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...NO_RAW_HTML],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },

  // No switching on field type outside the registry (the raw-HTML selectors repeated: a later
  // block's `no-restricted-syntax` replaces, not extends, an earlier one).
  // Answers are set through the answer store, which follows the form's errors, not its values.
  {
    files: ['src/{engine,renderer,builder,submission,app,prefill,fields}/**/*.{ts,tsx}'],
    ignores: ['src/renderer/{answer-store.ts,eform-provider.tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...NO_RAW_HTML,
        {
          selector:
            "BinaryExpression[operator=/^[!=]==$/][left.property.name='type'][right.type='Literal']",
          message: 'Ask the field registry instead of switching on type.',
        },
        {
          selector: "ObjectPattern > Property[key.name='setValue'], MemberExpression[property.name='setValue']",
          message: "Set answers with the answer store (useEForm().answers.set): it would not see react-hook-form's setValue.",
        },
      ],
    },
  },

  // Tests.
  {
    files: TEST_FILES,
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Playwright fixtures call `use(...)`, which rules-of-hooks mistakes for React's `use`,
    // and fixtures without dependencies must be written `async ({}, use) => …`.
    files: ['tests/e2e/**/*.ts', 'playwright.config.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
);
