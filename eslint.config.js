// Lint for the whole repository: the recommended JavaScript and TypeScript rules, React's hook rules, and the
// architecture as import rules — shared at the bottom, functions and miniapp on it, features apart from each other.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Which backend features each feature may import (besides core/ and @doorstep/shared). The graph must stay acyclic
 * (checked below); a feature not listed may import none. seed/ loads sample data through every feature's repository.
 */
const BACKEND_USES = {
  companies: ['auth', 'inbox', 'stations'],
  demands: ['calendar', 'inbox', 'messages', 'services', 'sessions', 'stations'],
  enrollments: ['auth', 'services', 'sessions', 'stations'],
  health: ['calendar'],
  messages: ['calendar', 'inbox', 'policies', 'stations'],
  // open data publishes the catalog as its features keep it; the public board's own view and rule decide what it may
  // publish of a message
  'open-data': ['messages', 'services', 'sessions', 'stations'],
  policies: ['catalog'],
  services: ['catalog', 'sessions'],
  stations: ['calendar', 'catalog'],
}
const BACKEND_FEATURES = [
  'auth',
  'calendar',
  'catalog',
  'companies',
  'demands',
  'enrollments',
  'health',
  'inbox',
  'messages',
  'open-data',
  'policies',
  'services',
  'sessions',
  'stations',
]

/** Mini-program features that build on another one (staff pages need the signed-in session). */
const MINIAPP_USES = {
  staff: ['auth'],
  'staff-accounts': ['auth'],
  demands: ['auth', 'messages', 'staff'],
}
const MINIAPP_FEATURES = [
  'auth',
  'calendar',
  'companies',
  'demands',
  'help',
  'home',
  'inbox',
  'messages',
  'policies',
  'services',
  'settings',
  'staff',
  'staff-accounts',
  'stations',
]

assertAcyclic(BACKEND_USES)
assertAcyclic(MINIAPP_USES)

const alternatives = (names) => names.join('|')

/** A feature folder's own imports: another feature only where `uses` allows it. */
function featureBoundaries(dir, features, uses, importPrefix) {
  const layers = dir.startsWith('miniapp') ? LAYER_PATTERNS : []
  return features.map((feature) => {
    const others = features.filter((f) => f !== feature && !(uses[feature] ?? []).includes(f))
    return {
      files: [`${dir}/${feature}/**/*.{ts,tsx}`],
      ignores: ['**/*.test.ts', '**/*.test.tsx'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: `^(${importPrefix}|(\\.\\./)+)(${alternatives(others)})(/|$)`,
                message: `${feature} may use ${['core', 'shared', ...(uses[feature] ?? [])].join(', ')} — not this feature (see eslint.config.js).`,
              },
              ...layers,
            ],
          },
        ],
      },
    }
  })
}

/** The mini-program never reaches into functions/, and shared/ into neither (scripts and tests may). */
const LAYER_PATTERNS = [{ regex: '(^|/)functions/', message: 'functions/ is the backend: share code through @doorstep/shared.' }]

function assertAcyclic(uses) {
  const visiting = new Set()
  const done = new Set()
  const visit = (node, path) => {
    if (done.has(node)) return
    if (visiting.has(node)) throw new Error(`eslint.config.js: feature imports form a cycle: ${[...path, node].join(' → ')}`)
    visiting.add(node)
    for (const next of uses[node] ?? []) visit(next, [...path, node])
    visiting.delete(node)
    done.add(node)
  }
  Object.keys(uses).forEach((node) => visit(node, []))
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.esbuild/**',
      '.serverless/**',
      '.tmp/**',
      '.data/**',
      'miniapp/types/**',
      'coverage/**',
      'e2e/screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['miniapp/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: LAYER_PATTERNS }] },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['miniapp/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['shared/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...LAYER_PATTERNS, { regex: '(^|/)miniapp/|^@/', message: 'shared/ is the bottom layer: it imports neither app.' }] },
      ],
    },
  },
  {
    // core/<part>/<file>.ts: a feature is two folders up
    files: ['functions/src/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...LAYER_PATTERNS,
            { regex: `^\\.\\./\\.\\./(${alternatives(BACKEND_FEATURES)})/`, message: 'core/ serves the features; it imports none.' },
          ],
        },
      ],
    },
  },
  ...featureBoundaries('functions/src', BACKEND_FEATURES, BACKEND_USES, '(\\.\\./)+'),
  ...featureBoundaries('miniapp/src/features', MINIAPP_FEATURES, MINIAPP_USES, '@/features/'),
)
