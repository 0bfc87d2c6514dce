// Jest global setup (plain JS: runs before any transform). See test-database.ts.
require("ts-node").register({ transpileOnly: true, swc: true })
module.exports = require("./test-database.ts").startTestDatabase
