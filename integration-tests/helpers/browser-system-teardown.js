require("ts-node").register({ transpileOnly: true, swc: true })
module.exports = require("./browser-system.ts").stopBrowserSystem
