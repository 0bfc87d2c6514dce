import net from "node:net"
import { LaunchError } from "./launch-error"

/** True when nothing listens on the port (checked by binding all interfaces). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port)
  })
}

/** The preferred port when it is free, otherwise the next free one after it. */
export async function findFreePort(preferred: number, avoid: number[] = []) {
  const last = Math.min(preferred + 199, 65535)
  for (let port = preferred; port <= last; port++) {
    if (!avoid.includes(port) && (await isPortFree(port))) {
      return port
    }
  }
  throw new LaunchError(
    `no free port between ${preferred} and ${last}`,
    "free a port in that range or set DATABASE_URL to a Postgres you run yourself"
  )
}

export async function assertPortFree(port: number, what: string, envName: string) {
  if (!(await isPortFree(port))) {
    throw new LaunchError(
      `port ${port} for the ${what} is already in use`,
      `stop whatever listens on ${port} (lsof -i :${port}) or set ${envName} to another port`
    )
  }
}
