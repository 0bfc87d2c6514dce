import http from "node:http"
import { AddressInfo } from "node:net"
import { measure, measureInterleaved, percentile } from "../load"

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i) // 100..1, unsorted
    expect(percentile(samples, 50)).toBe(50)
    expect(percentile(samples, 95)).toBe(95)
    expect(percentile(samples, 100)).toBe(100)
    expect(percentile([7], 95)).toBe(7)
    expect(percentile([], 50)).toBeNaN()
  })
})

describe("measure", () => {
  it("sends exactly the asked number of requests over the asked connections and counts failures", async () => {
    let seen = 0
    let open = 0
    let mostOpen = 0
    const server = http.createServer((req, res) => {
      seen++
      open++
      mostOpen = Math.max(mostOpen, open)
      setTimeout(() => {
        open--
        res.statusCode = req.url === "/fail" ? 500 : 200
        res.end("ok")
      }, 20)
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const result = await measure(`${base}/`, { connections: 4, requests: 40, warmup: 3 })
      expect(seen).toBe(43)
      expect(result.requests).toBe(40)
      expect(result.failures).toBe(0)
      expect(mostOpen).toBe(4)
      expect(result.p50).toBeGreaterThanOrEqual(4)
      expect(result.p95).toBeGreaterThanOrEqual(result.p50)
      const failing = await measure(`${base}/fail`, { connections: 1, requests: 5, warmup: 0 })
      expect(failing.failures).toBe(5)
    } finally {
      server.close()
    }
  })
})

describe("measureInterleaved", () => {
  it("sends every URL its number of requests in alternating order and keeps their figures apart", async () => {
    const order: string[] = []
    const server = http.createServer((req, res) => {
      order.push(req.url!)
      setTimeout(() => res.end("ok"), req.url === "/slow" ? 30 : 1)
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const [slow, fast] = await measureInterleaved([`${base}/slow`, `${base}/fast`], { connections: 1, requests: 10, warmup: 2 })
      expect(order.filter((url) => url === "/slow")).toHaveLength(12)
      expect(order.filter((url) => url === "/fast")).toHaveLength(12)
      // One connection: the two alternate, each round starting with the other one.
      expect(order.slice(4, 8)).toEqual(["/slow", "/fast", "/fast", "/slow"])
      expect(slow.requests).toBe(10)
      expect(fast.requests).toBe(10)
      expect(slow.p50).toBeGreaterThanOrEqual(30)
      expect(fast.p50).toBeLessThan(slow.p50)
    } finally {
      server.close()
    }
  })
})
