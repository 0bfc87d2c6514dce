import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { launcherSecrets } from "../launcher-secrets"
import { LaunchError } from "../launch-error"
import { secretProblem } from "../../../lib/config/secrets"

describe("launcherSecrets", () => {
  let dir: string
  let file: string

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "launcher-secrets-"))
    file = path.join(dir, "data", "secrets.json")
  })

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it("generates strong secrets once, keeps them readable by the owner only, and gives the same ones on the next start", () => {
    const first = launcherSecrets(file, {})
    expect(secretProblem("JWT_SECRET", first.JWT_SECRET)).toBeUndefined()
    expect(secretProblem("COOKIE_SECRET", first.COOKIE_SECRET)).toBeUndefined()
    expect(first.JWT_SECRET).not.toBe(first.COOKIE_SECRET)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(launcherSecrets(file, {})).toEqual(first)
  })

  it("uses the secrets the environment sets and stores only the ones it generated", () => {
    const fromEnv = "e".repeat(40)
    const secrets = launcherSecrets(file, { JWT_SECRET: fromEnv })
    expect(secrets.JWT_SECRET).toBeUndefined()
    expect(secrets.COOKIE_SECRET).toHaveLength(64)
    expect(JSON.parse(fs.readFileSync(file, "utf8"))).toEqual({ COOKIE_SECRET: secrets.COOKIE_SECRET })
  })

  it("generates nothing in production and stops with the one-line reason when the environment's secrets are weak", () => {
    expect(() => launcherSecrets(file, { NODE_ENV: "production", JWT_SECRET: "supersecret" })).toThrow(LaunchError)
    expect(() => launcherSecrets(file, { NODE_ENV: "production" })).toThrow(/JWT_SECRET is not set/)
    const strong = { NODE_ENV: "production", JWT_SECRET: "j".repeat(32), COOKIE_SECRET: "c".repeat(32) }
    expect(launcherSecrets(file, strong)).toEqual({})
    expect(fs.existsSync(file)).toBe(false)
  })
})
