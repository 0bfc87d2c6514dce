import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import zlib from "node:zlib"
import { homeFirstLoadKb } from "../storefront-js"

describe("homeFirstLoadKb", () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "storefront-js-"))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, ".next", file)), { recursive: true })
    fs.writeFileSync(path.join(dir, ".next", file), text)
  }

  it("sums the gzipped .js files the app manifest lists for the home page, each once", () => {
    const runtime = "var runtime = 1;".repeat(500)
    const page = Array.from({ length: 400 }, (_, i) => `export const v${i} = ${i * 7919};`).join("\n")
    write("static/chunks/main-app.js", runtime)
    write("static/chunks/app/page.js", page)
    write("static/css/app.css", "body { color: red }")
    write("static/chunks/app/other.js", "x".repeat(100_000))
    write(
      "app-build-manifest.json",
      JSON.stringify({
        pages: {
          "/page": ["static/chunks/main-app.js", "static/chunks/app/page.js", "static/css/app.css", "static/chunks/main-app.js"],
          "/other/page": ["static/chunks/main-app.js", "static/chunks/app/other.js"],
        },
      })
    )
    const gz = (text: string) => zlib.gzipSync(Buffer.from(text), { level: 9 }).length
    expect(homeFirstLoadKb(dir)).toEqual({ kB: (gz(runtime) + gz(page)) / 1000, files: 2 })
  })

  it("measures nothing when the storefront has not been built", () => {
    expect(homeFirstLoadKb(dir)).toBeUndefined()
    write("app-build-manifest.json", JSON.stringify({ pages: { "/other/page": [] } }))
    expect(homeFirstLoadKb(dir)).toBeUndefined()
  })
})
