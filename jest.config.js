const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

/**
 * Test tiers as in Medusa's starter: TEST_TYPE=unit | integration:modules |
 * integration:http | integration:e2e (the launcher and deployment files plus
 * the browser journeys) | integration:browser (the browser journeys alone).
 * Without TEST_TYPE every tier runs, as `npm test` does.
 *
 * Each jest project brings its own global setup, and jest runs a project's
 * global setup only when at least one of its files is selected: the unit tier
 * starts nothing; the database tiers get Postgres from DB_* / DATABASE_URL or
 * an embedded one (test-database.ts); the browser journeys share one system
 * started by the launcher (browser-system.ts).
 */
const transform = {
  "^.+\\.[jt]sx?$": [
    "@swc/jest",
    { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true } } },
  ],
}

const helpers = "<rootDir>/integration-tests/helpers"
const withDatabase = {
  globalSetup: `${helpers}/global-setup.js`,
  globalTeardown: `${helpers}/global-teardown.js`,
}
const withBrowserSystem = {
  globalSetup: `${helpers}/browser-system-setup.js`,
  globalTeardown: `${helpers}/browser-system-teardown.js`,
}

const projects = {
  unit: {
    testMatch: [
      "<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s",
      "<rootDir>/admin-extensions/**/__tests__/**/*.unit.spec.[jt]s",
      "<rootDir>/storefront/src/**/__tests__/**/*.unit.spec.[jt]s",
    ],
  },
  "integration:modules": {
    testMatch: ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"],
    testPathIgnorePatterns: ["\\.unit\\.spec\\.[jt]s$"],
    ...withDatabase,
  },
  "integration:http": {
    testMatch: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
    ...withDatabase,
  },
  "integration:e2e": {
    testMatch: ["<rootDir>/integration-tests/e2e/**/*.spec.[jt]s"],
    testPathIgnorePatterns: ["\\.browser\\.spec\\.[jt]s$"],
    ...withDatabase,
  },
  "integration:browser": {
    testMatch: ["<rootDir>/integration-tests/e2e/**/*.browser.spec.[jt]s"],
    ...withBrowserSystem,
  },
}

/** TEST_TYPE → the projects it runs. */
const tiers = {
  unit: ["unit"],
  "integration:modules": ["integration:modules"],
  "integration:http": ["integration:http"],
  "integration:e2e": ["integration:e2e", "integration:browser"],
  "integration:browser": ["integration:browser"],
}

const base = {
  transform,
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["<rootDir>/dist/", "<rootDir>/.medusa/", "<rootDir>/storefront/node_modules/", "<rootDir>/storefront/.next/"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/.medusa/", "<rootDir>/storefront/.next/"],
}

const selected = process.env.TEST_TYPE
if (selected && !tiers[selected]) {
  throw new Error(`Unknown TEST_TYPE "${selected}": use one of ${Object.keys(tiers).join(", ")}`)
}
const chosen = selected ? tiers[selected] : Object.keys(projects)

// Medusa's test runner keeps state across files in one process; a fresh
// worker per test file (recycled once idle above this limit) keeps files apart.
process.env.LOG_LEVEL = process.env.LOG_LEVEL || "error"

module.exports = {
  maxWorkers: 1,
  workerIdleMemoryLimit: "1MB",
  reporters: ["default", "<rootDir>/integration-tests/helpers/summary-reporter.js"],
  testTimeout: 120000,
  projects: chosen.map((name) => {
    const { testPathIgnorePatterns = [], ...project } = projects[name]
    return {
      ...base,
      ...project,
      displayName: name,
      testPathIgnorePatterns: [...base.testPathIgnorePatterns, ...testPathIgnorePatterns],
    }
  }),
}
