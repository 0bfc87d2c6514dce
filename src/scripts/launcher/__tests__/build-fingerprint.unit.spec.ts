import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { currentBuildFingerprint } from "../build-app"
import { projectPaths } from "../paths"

describe("the build fingerprint", () => {
  let root: string
  const write = (file: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    fs.writeFileSync(path.join(root, file), content)
  }
  const current = () => currentBuildFingerprint(projectPaths(root, {}))

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "build-fingerprint-"))
    write("medusa-config.ts", "export default {}")
    write("src/modules/booking/service.ts", "export const a = 1")
    write("src/scripts/seed.ts", "export const seed = 1")
    write("src/scripts/launcher/main.ts", "export const launcher = 1")
    write("src/scripts/bench/main.ts", "export const bench = 1")
    write("admin-extensions/routes/page.tsx", "export const page = 1")
  })

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

  it.each([
    ["the launcher changes", "src/scripts/launcher/main.ts"],
    ["a file is added to the launcher", "src/scripts/launcher/ports.ts"],
    ["the benchmark changes", "src/scripts/bench/main.ts"],
    ["a file is added to the benchmark", "src/scripts/bench/load.ts"],
  ])("stays the same when %s (no medusa build)", (_what, file) => {
    const before = current()
    write(file, "export const changed = 2")
    expect(current()).toBe(before)
  })

  it.each([
    ["a module", "src/modules/booking/service.ts"],
    ["the seed, which runs from the build", "src/scripts/seed.ts"],
    ["a script beside the launcher's folder", "src/scripts/launcher-notes.ts"],
    ["the admin extensions", "admin-extensions/routes/page.tsx"],
    ["medusa-config.ts", "medusa-config.ts"],
  ])("changes when %s changes", (_what, file) => {
    const before = current()
    write(file, "export const changed = 2")
    expect(current()).not.toBe(before)
  })
})
