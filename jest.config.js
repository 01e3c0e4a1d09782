/** Jest transpiles TypeScript with SWC (no TypeScript compiler API needed); types are checked by `npm run typecheck`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(saxes|xmlchars)/)'],
  testTimeout: 60000,
  // every core (jest's default leaves one free: on the two-core machines of CI that is one worker for 80 files)
  maxWorkers: '100%',
};
