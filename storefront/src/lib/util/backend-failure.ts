/**
 * What a failed call to the backend means for a page. The backend answering
 * 404 means the thing does not exist (the not-found page); any other 4xx is
 * the backend refusing this request, with a message for people. Everything
 * else — no connection, no answer in time, a 5xx, an answer that is not what
 * the API sends — means the shop is unreachable or failing: the page says so
 * and tries again, and nothing is reported as missing.
 */
export type BackendFailureKind = "not_found" | "refused" | "unavailable"

export type BackendFailure = { kind: BackendFailureKind; status?: number; cause: string }

/** The digest Next passes to the error pages for an outage (error messages are hidden in production). */
export const BACKEND_UNAVAILABLE_DIGEST = "AVENRAE_BACKEND_UNAVAILABLE"

/**
 * Thrown by every backend call that found the shop unreachable or failing.
 * Its details are getters, not own fields, so the server's log of it stays
 * one line.
 */
export class BackendUnavailableError extends Error {
  readonly #call: string
  readonly #detail: string

  constructor(call: string, detail: string) {
    super(`The shop's backend is unreachable or failing (${call}: ${detail})`)
    this.name = "BackendUnavailableError"
    this.#call = call
    this.#detail = detail
    this.stack = `${this.name}: ${this.message}`
  }

  /** The call that failed, e.g. "GET /store/regions". */
  get call() {
    return this.#call
  }

  /** Why: "connect ECONNREFUSED …", "no answer within 10000 ms", "HTTP 502 …". */
  get detail() {
    return this.#detail
  }

  /** Next keeps an error's digest and hands it to the error page. */
  get digest() {
    return BACKEND_UNAVAILABLE_DIGEST
  }
}

/** True for the outage error, on the server or as the digest an error page receives. */
export function isBackendUnavailable(error: unknown) {
  const digest = (error as { digest?: unknown } | null)?.digest
  return typeof digest === "string" && digest.startsWith(BACKEND_UNAVAILABLE_DIGEST)
}

/** Sorts any error a backend call threw; `timeoutMs` names the limit a timeout hit. */
export function classifyBackendFailure(error: unknown, timeoutMs?: number): BackendFailure {
  if (error instanceof BackendUnavailableError) return { kind: "unavailable", cause: error.detail }
  const status = httpStatus(error)
  if (status === 404) return { kind: "not_found", status, cause: `HTTP 404 ${messageOf(error)}`.trim() }
  if (status !== undefined && status >= 400 && status < 500)
    return { kind: "refused", status, cause: `HTTP ${status} ${messageOf(error)}`.trim() }
  if (status !== undefined && status >= 500) return { kind: "unavailable", status, cause: `HTTP ${status} ${messageOf(error)}`.trim() }
  return { kind: "unavailable", cause: networkCause(error, timeoutMs) }
}

/** The HTTP status of an answered call (the SDK's FetchError carries it), else undefined. */
function httpStatus(error: unknown) {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === "number" && status >= 100 && status <= 599 ? status : undefined
}

function messageOf(error: unknown) {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === "string" ? oneLine(message) : ""
}

/** Why no usable answer came: a timeout, a refused or broken connection, or an unreadable body. */
function networkCause(error: unknown, timeoutMs?: number) {
  const name = (error as { name?: unknown } | null)?.name
  if (name === "TimeoutError") return timeoutMs ? `no answer within ${timeoutMs} ms` : "no answer in time"
  if (name === "AbortError") return "the request was aborted"
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause
  if (cause && typeof cause === "object") {
    const code = typeof cause.code === "string" ? cause.code : ""
    const detail = typeof cause.message === "string" ? oneLine(cause.message) : ""
    if (code || detail) return detail.includes(code) ? detail : `${code} ${detail}`.trim()
  }
  if (name === "SyntaxError") return `an answer that is not JSON (${messageOf(error)})`
  return messageOf(error) || String(error)
}

function oneLine(text: string) {
  return text.replace(/\s+/g, " ").trim().slice(0, 300)
}
