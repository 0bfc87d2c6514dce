import { ChildProcess, spawn } from "node:child_process"
import { LaunchError } from "./launch-error"

export type RunningMedusa = {
  child: ChildProcess
  exited: Promise<number | null>
  stop: () => Promise<number | null>
}

/** Starts `medusa start` in the compiled app; its output goes to this terminal. */
export function startMedusa(options: {
  medusaBin: string
  cwd: string
  env: NodeJS.ProcessEnv
}): RunningMedusa {
  const child = spawn(options.medusaBin, ["start"], {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "inherit", "inherit"],
  })
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => resolve(code))
  )
  return {
    child,
    exited,
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
        "Medusa exited while starting (its output is above)",
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
