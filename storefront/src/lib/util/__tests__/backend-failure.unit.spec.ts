import { FetchError } from "@medusajs/js-sdk"
import { BackendUnavailableError, BACKEND_UNAVAILABLE_DIGEST, classifyBackendFailure, isBackendUnavailable } from "../backend-failure"
import { DEFAULT_BACKEND_TIMEOUT_MS, parseBackendTimeout } from "../backend-timeout"

/** What undici's fetch throws when nothing listens, or the connection breaks. */
function connectionError(code: string, message: string) {
  return new TypeError("fetch failed", { cause: Object.assign(new Error(message), { code }) })
}

/** The reason a real AbortSignal.timeout aborts a fetch with. */
async function timeoutReason() {
  const signal = AbortSignal.timeout(1)
  await new Promise((resolve) => setTimeout(resolve, 20))
  return signal.reason as unknown
}

describe("classifyBackendFailure", () => {
  it("a 404 answer is a thing that does not exist", () => {
    expect(classifyBackendFailure(new FetchError("Practitioner with handle: nobody was not found", "Not Found", 404))).toEqual({
      kind: "not_found",
      status: 404,
      cause: "HTTP 404 Practitioner with handle: nobody was not found",
    })
  })

  it.each([400, 401, 403, 409, 422, 429])("a %i answer is the backend refusing this request, not an outage", (status) => {
    expect(classifyBackendFailure(new FetchError("Invalid request", "Bad", status))).toMatchObject({ kind: "refused", status })
  })

  it.each([500, 502, 503, 504])("a %i answer means the shop is failing", (status) => {
    expect(classifyBackendFailure(new FetchError("An unknown error occurred.", "Server Error", status))).toEqual({
      kind: "unavailable",
      status,
      cause: `HTTP ${status} An unknown error occurred.`,
    })
  })

  it("a refused connection means the shop is unreachable, and names the address", () => {
    expect(classifyBackendFailure(connectionError("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:9000"))).toEqual({
      kind: "unavailable",
      cause: "connect ECONNREFUSED 127.0.0.1:9000",
    })
  })

  it("a broken connection or an unknown host is an outage too", () => {
    expect(classifyBackendFailure(connectionError("UND_ERR_SOCKET", "other side closed"))).toEqual({
      kind: "unavailable",
      cause: "UND_ERR_SOCKET other side closed",
    })
    expect(classifyBackendFailure(connectionError("ENOTFOUND", "getaddrinfo ENOTFOUND backend"))).toMatchObject({
      kind: "unavailable",
      cause: "getaddrinfo ENOTFOUND backend",
    })
  })

  it("no answer within the time limit is an outage, with the limit in the cause", async () => {
    expect(classifyBackendFailure(await timeoutReason(), 2500)).toEqual({ kind: "unavailable", cause: "no answer within 2500 ms" })
  })

  it("an answer that is not the API's (a proxy's HTML page) is an outage", () => {
    let parseError: unknown
    try {
      JSON.parse("<html>Bad gateway</html>")
    } catch (error) {
      parseError = error
    }
    expect(classifyBackendFailure(parseError)).toMatchObject({ kind: "unavailable" })
    expect(classifyBackendFailure(parseError).cause).toMatch(/^an answer that is not JSON/)
  })

  it("keeps the first outage's cause when it is classified again", () => {
    const error = new BackendUnavailableError("GET /store/regions", "no answer within 10000 ms")
    expect(classifyBackendFailure(error)).toEqual({ kind: "unavailable", cause: "no answer within 10000 ms" })
  })
})

describe("isBackendUnavailable", () => {
  it("recognises the outage on the server and by the digest an error page receives", () => {
    const error = new BackendUnavailableError("GET /store/regions", "connect ECONNREFUSED 127.0.0.1:9000")
    expect(isBackendUnavailable(error)).toBe(true)
    // In production the error page gets a plain Error with the digest only (Next may add "@code").
    expect(isBackendUnavailable(Object.assign(new Error("hidden"), { digest: BACKEND_UNAVAILABLE_DIGEST }))).toBe(true)
    expect(isBackendUnavailable(Object.assign(new Error("hidden"), { digest: `${BACKEND_UNAVAILABLE_DIGEST}@E394` }))).toBe(true)
  })

  it("does not take other failures for an outage", () => {
    expect(isBackendUnavailable(Object.assign(new Error("hidden"), { digest: "2871549372" }))).toBe(false)
    expect(isBackendUnavailable(new FetchError("Not found", "Not Found", 404))).toBe(false)
    expect(isBackendUnavailable(null)).toBe(false)
  })

  it("writes the outage on one line, with where and why", () => {
    const error = new BackendUnavailableError("GET /store/regions", "connect ECONNREFUSED 127.0.0.1:9000")
    expect(error.stack).toBe(
      "BackendUnavailableError: The shop's backend is unreachable or failing (GET /store/regions: connect ECONNREFUSED 127.0.0.1:9000)"
    )
  })
})

describe("parseBackendTimeout", () => {
  it.each([
    [undefined, DEFAULT_BACKEND_TIMEOUT_MS],
    ["", DEFAULT_BACKEND_TIMEOUT_MS],
    ["2500", 2500],
    [" 100 ", 100],
    ["120000", 120_000],
  ])("STOREFRONT_BACKEND_TIMEOUT_MS=%p waits %i ms", (value, ms) => {
    expect(parseBackendTimeout(value)).toBe(ms)
  })

  it.each(["abc", "0", "-5", "99", "1.5", "120001", "10s"])("refuses %p with a line naming the variable and the range", (value) => {
    expect(() => parseBackendTimeout(value)).toThrow(
      `STOREFRONT_BACKEND_TIMEOUT_MS must be a whole number of milliseconds from 100 to 120000 (it is "${value}")`
    )
  })
})
