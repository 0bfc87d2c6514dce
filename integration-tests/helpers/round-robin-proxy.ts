import http from "node:http"
import { AddressInfo } from "node:net"

export type RoundRobinProxy = {
  url: string
  /** Sends the next requests to these servers, one after the other in turn. */
  route: (targets: string[]) => void
  /** How many requests each target received. */
  served: () => Record<string, number>
  close: () => Promise<void>
}

/**
 * A load balancer in a few lines, as a test needs one: listens on a port the
 * system picks (port 0) and hands each request to the next target in turn,
 * streaming the body both ways. A target that cannot be reached answers 502.
 */
export async function startRoundRobinProxy(): Promise<RoundRobinProxy> {
  let targets: string[] = []
  let next = 0
  const served: Record<string, number> = {}
  const server = http.createServer((req, res) => {
    if (targets.length === 0) {
      res.writeHead(503).end("No server behind the load balancer yet")
      return
    }
    const target = new URL(targets[next++ % targets.length])
    served[target.origin] = (served[target.origin] ?? 0) + 1
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on("error", (error) => {
      if (!res.headersSent) res.writeHead(502)
      res.end(`Upstream ${target.origin} failed: ${error.message}`)
    })
    req.pipe(upstream)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    route: (list) => {
      targets = list
    },
    served: () => ({ ...served }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
