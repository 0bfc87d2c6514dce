import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { candidatePorts, LauncherPorts, startLauncherOnFreePorts } from "../helpers/launcher-on-free-ports"
import { LauncherRun, launcherLines, runLauncher } from "../helpers/launcher-process"

jest.setTimeout(900_000)

const ROOT = path.resolve(__dirname, "../..")
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "avenrae-launcher-"))
const runs: LauncherRun[] = []
/** Every launcher a test starts is stopped at the end, even when the test fails. */
function track(run: LauncherRun) {
  runs.push(run)
  return run
}

afterAll(async () => {
  for (const run of runs) {
    if (run.child.exitCode === null) {
      run.child.kill("SIGINT")
      await run.exited
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe("npm start on the embedded default", () => {
  const env = ({ port, storefrontPort }: LauncherPorts) => ({
    AVENRAE_DATA_DIR: dataDir,
    PORT: String(port),
    STOREFRONT_PORT: String(storefrontPort),
    MEDUSA_BACKEND_URL: `http://localhost:${port}`,
  })
  /** The launcher on ports it binds itself (started again on others if one was taken meanwhile). */
  async function start(timeoutMs: number) {
    const started = await startLauncherOnFreePorts({ env, readyLine: /Press Ctrl-C to stop/, timeoutMs })
    track(started.run)
    return started
  }
  let firstReadySeconds = 0

  it("sets up, seeds and serves the admin and the store API, then stops cleanly on Ctrl-C", async () => {
    const { run, ports, allOutput } = await start(600_000)
    const { port, storefrontPort } = ports
    const ready = launcherLines(run.output()).find((line) => /Ready in/.test(line))!
    firstReadySeconds = Number(ready.match(/Ready in ([\d.]+) s/)![1])
    // Every step of a first start, in this run or in one that lost its port after them.
    const lines = launcherLines(allOutput)
    for (const step of [
      /Starting embedded Postgres .* done/,
      /Running database migrations … done/,
      /Seeding the demo catalog … done/,
      /Starting Medusa … done/,
      /(Building the storefront .* done|Storefront build is current)/,
      /Starting the storefront … done/,
    ]) {
      expect(lines.some((line) => step.test(line))).toBe(true)
    }
    const key = lines
      .find((l) => l.includes("Publishable key"))!
      .split(" ")
      .pop()!
    expect(key).toMatch(/^pk_/)
    expect(lines.join("\n")).toContain(`http://localhost:${port}/app`)
    expect(lines.join("\n")).toContain(`Storefront:      http://localhost:${storefrontPort}`)
    const shop = await fetch(`http://localhost:${storefrontPort}/`)
    expect(shop.status).toBe(200)
    expect(await shop.text()).toContain("Featured crystals")
    expect(lines.join("\n")).toMatch(/Staff login: +admin@avenrae\.test \/ avenrae-demo/)

    const base = `http://localhost:${port}`
    expect((await fetch(`${base}/health`)).status).toBe(200)
    const admin = await fetch(`${base}/app/`)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain('<div id="medusa"')
    const products = await (await fetch(`${base}/store/products?limit=50`, { headers: { "x-publishable-api-key": key } })).json()
    expect(products.count).toBeGreaterThanOrEqual(15)
    const login = await fetch(`${base}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@avenrae.test", password: "avenrae-demo" }),
    })
    expect(login.status).toBe(200)
    // With no SMTP server, the emails sent (the seed's practitioner approvals) are files a newcomer can open.
    const mails = fs.readdirSync(path.join(dataDir, "mail"))
    expect(mails.filter((file) => /-practitioner-approved-nomvula@avenrae\.test\.html$/.test(file))).toHaveLength(1)

    run.child.kill("SIGINT")
    expect(await run.exited).toBe(0)
    expect(launcherLines(run.output()).pop()).toBe("[avenrae] Stopped")
    expect(fs.existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false)
    await expect(fetch(`${base}/health`)).rejects.toThrow()
    await expect(fetch(`http://localhost:${storefrontPort}/health`)).rejects.toThrow()
  })

  it("reuses the data on the next start, skips migrations and seed, and is ready faster", async () => {
    const { run, ports } = await start(300_000)
    const ready = launcherLines(run.output()).find((line) => /Ready in/.test(line))!
    const secondReadySeconds = Number(ready.match(/Ready in ([\d.]+) s/)![1])
    const lines = launcherLines(run.output())
    expect(lines).toContain("[avenrae] Build is current (.medusa/server)")
    expect(lines).toContain("[avenrae] Database schema is current")
    expect(lines).toContain("[avenrae] Demo data already seeded")
    expect(lines).toContain("[avenrae] Storefront build is current (storefront/.next)")
    expect(secondReadySeconds).toBeLessThan(firstReadySeconds)

    // A second launcher on the same data directory is refused in one line, for
    // the data directory (checked first), not for the port the first one holds.
    const second = runLauncher(env(ports))
    expect(await second.exited).toBe(1)
    expectOneLineError(second.output(), /already using .* stop it/)

    run.child.kill("SIGINT")
    expect(await run.exited).toBe(0)
  })

  it("puts the admin extensions into the admin bundle", () => {
    const assets = path.join(ROOT, ".medusa", "server", "public", "admin", "assets")
    const bundle = fs
      .readdirSync(assets)
      .filter((file) => file.endsWith(".js"))
      .map((file) => fs.readFileSync(path.join(assets, file), "utf8"))
      .join("\n")
    expect(bundle).toContain("avenrae-low-stock")
    expect(bundle).toContain("/admin/inventory/low-stock")
    expect(bundle).toContain("avenrae-practitioners")
    expect(bundle).toContain("/admin/practitioners")
    expect(bundle).toContain("avenrae-practitioner-detail")
    expect(bundle).toContain("avenrae-product-practitioner")
  })
})

describe("npm start with bad input answers in one line", () => {
  // Ports of their own, so a demo store on 9000/8000 does not answer for the error under test.
  const bad = (extra: Record<string, string>) => {
    const { port, storefrontPort } = candidatePorts()
    return runLauncher({
      AVENRAE_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "avenrae-bad-")),
      PORT: String(port),
      STOREFRONT_PORT: String(storefrontPort),
      ...extra,
    })
  }

  it.each([
    ["a malformed DATABASE_URL", { DATABASE_URL: "not a url" }, /DATABASE_URL is not a valid URL .* use the form postgres:\/\//],
    ["a DATABASE_URL of another kind", { DATABASE_URL: "mysql://u:p@localhost/db" }, /must start with postgres:\/\//],
    [
      "an unreachable Postgres",
      { DATABASE_URL: "postgres://u:p@127.0.0.1:1/db" },
      /cannot reach Postgres at 127\.0\.0\.1:1 .* start that Postgres or fix DATABASE_URL/,
    ],
    ["an unreachable Redis", { REDIS_URL: "redis://127.0.0.1:1" }, /cannot reach Redis at 127\.0\.0\.1:1 .* start Redis or fix REDIS_URL/],
    ["an unknown worker mode", { MEDUSA_WORKER_MODE: "banana" }, /MEDUSA_WORKER_MODE is "banana" .* shared, server, worker/],
  ])("%s", async (_what, extra, message) => {
    const run = bad(extra)
    expect(await run.exited).toBe(1)
    expectOneLineError(run.output(), message)
  })

  it("a port in use", async () => {
    const blocker = net.createServer().listen(0)
    await new Promise((resolve) => blocker.once("listening", resolve))
    const busy = (blocker.address() as net.AddressInfo).port
    try {
      const run = bad({ PORT: String(busy) })
      expect(await run.exited).toBe(1)
      expectOneLineError(run.output(), new RegExp(`port ${busy} .* already in use .* set PORT`))
    } finally {
      blocker.close()
    }
  })
})

function expectOneLineError(output: string, message: RegExp) {
  const errorLines = output.split("\n").filter((line) => line.startsWith("[avenrae]") && !/…|Stopp/.test(line))
  expect(errorLines).toHaveLength(1)
  expect(errorLines[0]).toMatch(message)
  expect(output).not.toMatch(/^\s+at /m)
}
