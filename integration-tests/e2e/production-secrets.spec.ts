import { execFile } from "node:child_process"
import path from "node:path"

const ROOT = path.resolve(__dirname, "../..")
const STRONG_JWT = "9f1c".repeat(16)
const STRONG_COOKIE = "c0ffee".repeat(8)

/**
 * Loads medusa-config.ts in a fresh Node process, as `medusa start` does
 * first, with only the given variables set (an empty value counts as unset and
 * keeps a developer's .env from filling it in). Resolves with the exit code,
 * what the process printed, and the secrets the config would sign with.
 */
function loadConfig(env: Record<string, string>) {
  const script = `const c = require("./medusa-config.ts"); console.log(JSON.stringify(c.projectConfig.http))`
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["-r", "ts-node/register", "-e", script],
      { cwd: ROOT, env: { PATH: process.env.PATH!, ...env }, timeout: 90_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
    )
  })
}

describe("signing secrets when the server starts", () => {
  jest.setTimeout(120_000)

  it("refuses production with a default, short or missing secret in one line saying how to set it, and starts otherwise", async () => {
    const [defaultJwt, shortCookie, unset, strong, development] = await Promise.all([
      loadConfig({ NODE_ENV: "production", JWT_SECRET: "supersecret", COOKIE_SECRET: STRONG_COOKIE }),
      loadConfig({ NODE_ENV: "production", JWT_SECRET: STRONG_JWT, COOKIE_SECRET: "0123456789" }),
      loadConfig({ NODE_ENV: "production", JWT_SECRET: "", COOKIE_SECRET: "" }),
      loadConfig({ NODE_ENV: "production", JWT_SECRET: STRONG_JWT, COOKIE_SECRET: STRONG_COOKIE }),
      loadConfig({ NODE_ENV: "development", JWT_SECRET: "", COOKIE_SECRET: "" }),
    ])

    for (const [refused, problem] of [
      [defaultJwt, "JWT_SECRET is a well-known default"],
      [shortCookie, "COOKIE_SECRET is shorter than 32 characters"],
      [unset, "JWT_SECRET is not set; COOKIE_SECRET is not set"],
    ] as const) {
      expect(refused.code).toBe(1)
      expect(refused.stdout).toBe("")
      const lines = refused.stderr.trim().split("\n")
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain(problem)
      expect(lines[0]).toMatch(/Set JWT_SECRET and COOKIE_SECRET .* at least 32 characters/)
    }

    expect(strong.code).toBe(0)
    expect(JSON.parse(strong.stdout)).toMatchObject({ jwtSecret: STRONG_JWT, cookieSecret: STRONG_COOKIE })

    // Development (and the tests) still start without any secret set.
    expect(development.code).toBe(0)
    expect(JSON.parse(development.stdout)).toMatchObject({ jwtSecret: expect.any(String), cookieSecret: expect.any(String) })
  })
})
