import { spawn } from "node:child_process"
import { LaunchError } from "./launch-error"

/**
 * Runs a command to completion with its output captured; on failure the last
 * lines of output become the LaunchError's cause.
 */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; what: string; fix: string }
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("error", (error) => reject(new LaunchError(`${options.what} could not run (${error.message})`, options.fix)))
    child.on("close", (code) => {
      if (code === 0) {
        return resolve(output)
      }
      reject(new LaunchError(`${options.what} failed: ${tail(output)}`, options.fix))
    })
  })
}

function tail(output: string) {
  const lines = output
    // Terminal colour codes start with the escape character itself.
    // eslint-disable-next-line no-control-regex
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /error|fail|cannot|unable/i.test(line))
  return (lines.slice(-2).join(" / ") || output.trim().split("\n").slice(-1)[0] || "no output").slice(0, 400)
}
