import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fingerprint } from "../fingerprint"

describe("fingerprint", () => {
  let root: string
  const write = (file: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    fs.writeFileSync(path.join(root, file), content)
  }
  const hash = () => fingerprint(root, ["src", "package.json"])

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "fingerprint-"))
    write("package.json", "{}")
    write("src/a.ts", "export const a = 1")
    write("src/nested/b.ts", "export const b = 2")
  })

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

  it("is a stable 16-character hex string for the same content", () => {
    const first = hash()
    expect(first).toMatch(/^[0-9a-f]{16}$/)
    expect(hash()).toBe(first)
  })

  it("matches for an identical copy in another directory", () => {
    const first = hash()
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "fingerprint-copy-"))
    try {
      fs.cpSync(root, copy, { recursive: true })
      expect(fingerprint(copy, ["src", "package.json"])).toBe(first)
    } finally {
      fs.rmSync(copy, { recursive: true, force: true })
    }
  })

  it.each<[string, () => void]>([
    ["a file's content changes", () => write("src/nested/b.ts", "export const b = 3")],
    ["a top-level file changes", () => write("package.json", '{"a":1}')],
    ["a file is added", () => write("src/c.ts", "")],
    ["a file is removed", () => fs.rmSync(path.join(root, "src/a.ts"))],
    // same content and same position in the listing: only the name differs
    ["a file is renamed", () => fs.renameSync(path.join(root, "src/a.ts"), path.join(root, "src/a2.ts"))],
  ])("changes when %s", (_label, change) => {
    const before = hash()
    change()
    expect(hash()).not.toBe(before)
  })

  it.each([
    ["node_modules", "src/node_modules/dep/index.js"],
    ["dot-files", "src/.env"],
    ["dot-folders", "src/.cache/x.json"],
  ])("ignores %s", (_label, file) => {
    const before = hash()
    write(file, "ignored")
    expect(hash()).toBe(before)
  })

  it("tells one file with a path-like body from two files", () => {
    write("src/a", "1")
    write("src/b", "2")
    const two = hash()
    fs.rmSync(path.join(root, "src"), { recursive: true })
    write("src/a", "1src/b2")
    expect(hash()).not.toBe(two)
  })

  it("ignores entries that do not exist", () => {
    const before = hash()
    expect(fingerprint(root, ["src", "package.json", "missing", "also/missing.ts"])).toBe(before)
  })

  it("hashes nothing to the same value as no entries", () => {
    expect(fingerprint(root, ["missing"])).toBe(fingerprint(root, []))
  })

  it("leaves out excluded folders and files, and only those", () => {
    write("src/skip/x.ts", "1")
    write("src/skipped.ts", "1")
    const without = (exclude: string[]) => fingerprint(root, ["src", "package.json"], exclude)
    const before = without(["src/skip"])
    write("src/skip/x.ts", "2")
    write("src/skip/y.ts", "3")
    expect(without(["src/skip"])).toBe(before)
    write("src/skipped.ts", "2")
    expect(without(["src/skip"])).not.toBe(before)
  })
})
