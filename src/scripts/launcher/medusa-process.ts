import { ChildProcess, spawn } from "node:child_process"
import { LaunchError } from "./launch-error"

export type RunningMedusa = {
  child: ChildProcess
  exited: Promise<number | null>
  stop: () => Promise<number | null>
  /** From now on Medusa's output goes straight to this terminal. */
  showOutput: (includeBootLog: boolean) => void
}

/**
 * Starts `medusa start` in the compiled app. Its boot log is held back so the
 * launcher's progress lines stay readable, and shown if the boot fails.
 */
export function startMedusa(options: {
  medusaBin: string
  cwd: string
  env: NodeJS.ProcessEnv
}): RunningMedusa {
  const child = spawn(options.medusaBin, ["start"], {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  })
  const bootLog: Array<[NodeJS.WriteStream, Buffer]> = []
  let live = false
  const forward = (target: NodeJS.WriteStream) => (chunk: Buffer) =>
    live ? target.write(chunk) : bootLog.push([target, chunk])
  child.stdout!.on("data", forward(process.stdout))
  child.stderr!.on("data", forward(process.stderr))
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => resolve(code))
  )
  return {
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

/** Resolves once GET /health answers 200; rejects if Medusa exits first. */
export async function waitForHealth(
  baseUrl: string,
  medusa: RunningMedusa,
  timeoutMs = 180_000
) {
  const deadline = Date.now() + timeoutMs
  let exitedEarly = false
  medusa.exited.then(() => (exitedEarly = true))
  while (Date.now() < deadline) {
    if (exitedEarly) {
      throw new LaunchError(
        "Medusa exited while starting (its log is above)",
        "fix the error it printed, then npm start again"
      )
    }
    try {
      const response = await fetch(`${baseUrl}/health`)
      if (response.ok) {
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new LaunchError(
    `Medusa did not answer ${baseUrl}/health within ${timeoutMs / 1000} s`,
    "look at its output above; a slow first start may need another try"
  )
}
