import { ChildProcess, spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { acquireDataDirLock } from "../data-dir-lock"
import { LaunchError } from "../launch-error"

describe("acquireDataDirLock", () => {
  let dir: string
  let lockFile: string
  let child: ChildProcess | undefined

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "data-dir-lock-"))
    lockFile = path.join(dir, "data", "launcher.lock")
  })

  afterEach(() => {
    child?.kill("SIGKILL")
    child = undefined
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const writeLock = (pid: number) => {
    fs.mkdirSync(path.dirname(lockFile), { recursive: true })
    fs.writeFileSync(lockFile, String(pid))
  }

  it("creates the folder and writes our pid; release removes the file", () => {
    const release = acquireDataDirLock(lockFile)
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(process.pid))
    release()
    expect(fs.existsSync(lockFile)).toBe(false)
  })

  it("release leaves a lock that another process has since taken", () => {
    const release = acquireDataDirLock(lockFile)
    writeLock(process.pid + 1)
    release()
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(process.pid + 1))
  })

  it("refuses a lock held by another live process, naming its pid", () => {
    child = spawn(process.execPath, ["-e", "setTimeout(()=>{},30000)"], { stdio: "ignore" })
    const pid = child.pid!
    writeLock(pid)
    const acquire = () => acquireDataDirLock(lockFile)
    expect(acquire).toThrow(LaunchError)
    expect(acquire).toThrow(`pid ${pid}`)
    expect(acquire).toThrow(`kill ${pid}`)
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(pid))
  })

  it("takes over a lock left by a process that has exited", () => {
    const { pid } = spawnSync(process.execPath, ["-e", ""])
    writeLock(pid!)
    const release = acquireDataDirLock(lockFile)
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(process.pid))
    release()
  })

  it.each(["", "garbage", "-5"])("takes over a lock file holding %p", (content) => {
    fs.mkdirSync(path.dirname(lockFile), { recursive: true })
    fs.writeFileSync(lockFile, content)
    acquireDataDirLock(lockFile)()
    expect(fs.existsSync(lockFile)).toBe(false)
  })

  it("lets the same process acquire again", () => {
    writeLock(process.pid)
    expect(() => acquireDataDirLock(lockFile)).not.toThrow()
  })
})
