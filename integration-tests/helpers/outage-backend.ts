import http from "node:http"
import type { AddressInfo } from "node:net"

/**
 * How the backend in front of the storefront behaves: passes every request on
 * to the real backend, answers 500 to everything, or never answers.
 */
export type BackendMode = "pass" | "error" | "hang"

export type OutageBackend = {
  url: string
  setMode: (mode: BackendMode) => void
  /** Stops listening and drops every connection: from then on connections are refused. */
  goDown: () => Promise<void>
  /** Requests it received, by mode. */
  seen: Record<BackendMode, number>
}

/**
 * A small HTTP server between a storefront and the real backend, on a port
 * the system gives it, that the test switches between passing requests on
 * and failing in the ways a backend fails.
 */
export async function startOutageBackend(target: string): Promise<OutageBackend> {
  let mode: BackendMode = "pass"
  const seen: Record<BackendMode, number> = { pass: 0, error: 0, hang: 0 }
  const hanging = new Set<http.ServerResponse>()
  const server = http.createServer((req, res) => {
    seen[mode]++
    if (mode === "hang") {
      hanging.add(res)
      res.on("close", () => hanging.delete(res))
      return
    }
    if (mode === "error") {
      res.writeHead(500, { "content-type": "application/json" })
      res.end(JSON.stringify({ type: "unknown_error", message: "An unknown error occurred." }))
      return
    }
    const upstream = http.request(new URL(req.url ?? "/", target), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on("error", () => res.destroy())
    req.pipe(upstream)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    setMode: (next) => {
      mode = next
    },
    goDown: async () => {
      const closed = new Promise((resolve) => server.close(resolve))
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      await closed
    },
  }
}
