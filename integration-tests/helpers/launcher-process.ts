import { ChildProcess, spawn } from "node:child_process"
import path from "node:path"

const ROOT = path.resolve(__dirname, "../..")

export type LauncherRun = {
  child: ChildProcess
  output: () => string
  /** Resolves with the output line matching `pattern`, or rejects on exit/timeout. */
  waitForLine: (pattern: RegExp, timeoutMs: number) => Promise<string>
  exited: Promise<number | null>
}

/**
 * Runs `npm start`'s launcher as a user would, with the given environment.
 * The storefront is left out unless the test gives it a STOREFRONT_PORT.
 */
export function runLauncher(env: Record<string, string | undefined>, command = "start"): LauncherRun {
  const child = spawn(process.execPath, ["-r", "ts-node/register", "src/scripts/launcher/main.ts", command], {
    cwd: ROOT,
    env: { ...cleanEnv(), ...(env.STOREFRONT_PORT ? {} : { DISABLE_STOREFRONT: "true" }), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout!.on("data", (chunk) => (output += chunk))
  child.stderr!.on("data", (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  return {
    child,
    output: () => output,
    exited,
    waitForLine: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No line matching ${pattern} within ${timeoutMs} ms:\n${output}`)), timeoutMs)
        const check = () => {
          const line = output.split("\n").find((l) => pattern.test(l))
          if (line) {
            clearTimeout(timer)
            resolve(line)
          }
        }
        child.stdout!.on("data", check)
        child.stderr!.on("data", check)
        exited.then((code) => {
          clearTimeout(timer)
          const line = output.split("\n").find((l) => pattern.test(l))
          if (line) resolve(line)
          else reject(new Error(`Launcher exited (${code}) before ${pattern}:\n${output}`))
        })
        check()
      }),
  }
}

/** The test process's environment without what jest and the test DB setup add. */
function cleanEnv() {
  const env = { ...process.env }
  for (const key of Object.keys(env)) {
    if (
      /^(JEST_|DB_|DATABASE_URL|REDIS_URL|STRIPE_|PORT$|STOREFRONT_PORT$|DISABLE_STOREFRONT$|NEXT_PUBLIC_|NODE_OPTIONS$|NODE_ENV$|LOG_LEVEL$|MEDUSA_)/.test(
        key
      )
    ) {
      delete env[key]
    }
  }
  return env
}

/** Lines the launcher printed for the user ([avenrae] …), in order. */
export function launcherLines(output: string) {
  return output.split("\n").filter((line) => line.startsWith("[avenrae]"))
}
