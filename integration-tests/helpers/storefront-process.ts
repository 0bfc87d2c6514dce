import { ChildProcess, spawn } from "node:child_process"
import path from "node:path"

const STOREFRONT_DIR = path.resolve(__dirname, "../../storefront")

export type StorefrontProcess = { url: string; output: () => string; stop: () => Promise<void> }

/**
 * `next start` of the storefront already built in storefront/.next (the
 * browser journeys' setup builds it), on a port the system gives it,
 * talking to `backendUrl`.
 */
export async function startBuiltStorefront(env: {
  backendUrl: string
  publishableKey: string
  timeoutMs?: number
}): Promise<StorefrontProcess> {
  const child = spawn(path.join(STOREFRONT_DIR, "node_modules", ".bin", "next"), ["start", "-p", "0", "-H", "127.0.0.1"], {
    cwd: STOREFRONT_DIR,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      MEDUSA_BACKEND_URL: env.backendUrl,
      MEDUSA_PUBLISHABLE_KEY: env.publishableKey,
      ...(env.timeoutMs ? { STOREFRONT_BACKEND_TIMEOUT_MS: String(env.timeoutMs) } : {}),
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout!.on("data", (chunk) => (output += chunk))
  child.stderr!.on("data", (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`next start did not say where it listens within 60 s:\n${output}`)), 60_000)
    const check = () => {
      const found = output.match(/Local:\s+(http:\/\/\S+)/)
      if (found) {
        clearTimeout(timer)
        resolve(found[1])
      }
    }
    child.stdout!.on("data", check)
    void exited.then(() => reject(new Error(`next start exited:\n${output}`)))
  })
  return { url, output: () => output, stop: () => stop(child, exited) }
}

async function stop(child: ChildProcess, exited: Promise<void>) {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM")
  await exited
}
