// Jest global setup of the browser journeys (plain JS: runs before any transform). See browser-system.ts.
require("ts-node").register({ transpileOnly: true, swc: true })
module.exports = require("./browser-system.ts").startBrowserSystem
