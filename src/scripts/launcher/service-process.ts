import { ChildProcess, spawn } from "node:child_process"
import { LaunchError } from "./launch-error"

export type RunningService = {
  name: string
  child: ChildProcess
  exited: Promise<number | null>
  stop: () => Promise<number | null>
  /** From now on Medusa's output goes straight to this terminal. */
  showOutput: (includeBootLog: boolean) => void
}

/**
 * Starts a long-running service (`medusa start`, `next start`). Its boot log
 * is held back so the launcher's progress lines stay readable, and shown if
 * the boot fails.
 */
export function startService(options: {
  name: string
  command: string
  args: string[]
  cwd: string
  env: NodeJS.ProcessEnv
}): RunningService {
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  })
  const bootLog: Array<[NodeJS.WriteStream, Buffer]> = []
  let live = false
  const forward = (target: NodeJS.WriteStream) => (chunk: Buffer) => (live ? target.write(chunk) : bootLog.push([target, chunk]))
  child.stdout!.on("data", forward(process.stdout))
  child.stderr!.on("data", forward(process.stderr))
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  return {
    name: options.name,
    child,
    exited,
    showOutput: (includeBootLog) => {
      live = true
      for (const [target, chunk] of bootLog.splice(0)) {
        if (includeBootLog) target.write(chunk)
      }
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM")
        const timer = setTimeout(() => child.kill("SIGKILL"), 15000)
        const code = await exited
        clearTimeout(timer)
        return code
      }
      return child.exitCode
    },
  }
}

/** Resolves once GET `healthUrl` answers 200; rejects if the service exits first. */
export async function waitForHealth(healthUrl: string, service: RunningService, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  let exitedEarly = false
  service.exited.then(() => (exitedEarly = true))
  while (Date.now() < deadline) {
    if (exitedEarly) {
      throw new LaunchError(`${service.name} exited while starting (its log is above)`, "fix the error it printed, then npm start again")
    }
    try {
      const response = await fetch(healthUrl)
      if (response.ok) {
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new LaunchError(
    `${service.name} did not answer ${healthUrl} within ${timeoutMs / 1000} s`,
    "look at its output above; a slow first start may need another try"
  )
}
