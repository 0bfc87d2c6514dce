const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

/**
 * Test tiers as in Medusa's starter: TEST_TYPE=unit | integration:modules |
 * integration:http | integration:e2e. Without TEST_TYPE every tier runs, as
 * `npm test` does. Postgres comes from DB_* / DATABASE_URL, or an embedded one
 * started by the global setup.
 */
const transform = {
  "^.+\\.[jt]sx?$": [
    "@swc/jest",
    { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true } } },
  ],
}

const tiers = {
  unit: [
    "<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s",
    "<rootDir>/admin-extensions/**/__tests__/**/*.unit.spec.[jt]s",
    "<rootDir>/storefront/src/**/__tests__/**/*.unit.spec.[jt]s",
  ],
  "integration:modules": ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
  "integration:e2e": ["<rootDir>/integration-tests/e2e/**/*.spec.[jt]s"],
}

const base = {
  transform,
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["<rootDir>/dist/", "<rootDir>/.medusa/", "<rootDir>/storefront/node_modules/", "<rootDir>/storefront/.next/"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/.medusa/", "<rootDir>/storefront/.next/"],
}

const selected = process.env.TEST_TYPE
const chosen = selected ? { [selected]: tiers[selected] } : tiers
if (selected && !tiers[selected]) {
  throw new Error(`Unknown TEST_TYPE "${selected}": use one of ${Object.keys(tiers).join(", ")}`)
}

// Medusa's test runner keeps state across files in one process; a fresh
// worker per test file (recycled once idle above this limit) keeps files apart.
process.env.LOG_LEVEL = process.env.LOG_LEVEL || "error"

module.exports = {
  maxWorkers: 1,
  workerIdleMemoryLimit: "1MB",
  globalSetup: "<rootDir>/integration-tests/helpers/global-setup.js",
  globalTeardown: "<rootDir>/integration-tests/helpers/global-teardown.js",
  reporters: ["default", "<rootDir>/integration-tests/helpers/summary-reporter.js"],
  testTimeout: 120000,
  projects: Object.entries(chosen).map(([name, testMatch]) => ({
    ...base,
    displayName: name,
    testMatch,
  })),
}
