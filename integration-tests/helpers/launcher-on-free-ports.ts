import { LauncherRun, runLauncher } from "./launcher-process"

export type LauncherPorts = { port: number; storefrontPort: number }

/** What a launcher that lost its port prints: its own check, or Medusa's or Next's bind error. */
const PORT_TAKEN = /already in use|EADDRINUSE/

/**
 * Starts the launcher on two ports it tries to bind itself, and starts it
 * again on two others when one was taken in the meantime: the launcher (or
 * Medusa, or Next) binding the port is the only check that cannot race.
 * Resolves once `readyLine` is printed, with the run, its ports and the
 * output of every attempt (the steps of a first start may have run in an
 * attempt that then lost its port).
 */
export async function startLauncherOnFreePorts(options: {
  env: (ports: LauncherPorts) => Record<string, string | undefined>
  readyLine: RegExp
  timeoutMs: number
  command?: string
  attempts?: number
}): Promise<{ run: LauncherRun; ports: LauncherPorts; allOutput: string }> {
  let allOutput = ""
  const attempts = options.attempts ?? 5
  for (let attempt = 1; ; attempt++) {
    const ports = candidatePorts()
    const run = runLauncher(options.env(ports), options.command)
    try {
      await run.waitForLine(options.readyLine, options.timeoutMs)
      return { run, ports, allOutput: allOutput + run.output() }
    } catch (error) {
      if (run.child.exitCode === null && run.child.signalCode === null) {
        run.child.kill("SIGINT")
        await run.exited
      }
      allOutput += run.output()
      if (attempt >= attempts || !PORT_TAKEN.test(run.output())) throw error
    }
  }
}

/**
 * Two different ports below Linux's ephemeral range (32768+), so they do not
 * meet the ports the system hands out for outgoing connections; a port that is
 * taken anyway is retried by the caller.
 */
export function candidatePorts(): LauncherPorts {
  const pick = () => 20_000 + Math.floor(Math.random() * 12_000)
  const port = pick()
  let storefrontPort = pick()
  while (storefrontPort === port) storefrontPort = pick()
  return { port, storefrontPort }
}
