import "server-only"
import { BackendUnavailableError, classifyBackendFailure } from "../util/backend-failure"
import { BACKEND_TIMEOUT_MS, MEDUSA_BACKEND_URL } from "./settings"

/**
 * The one rule for every call to the backend: it gets BACKEND_TIMEOUT_MS to
 * answer; when the shop is unreachable or failing (no connection, no answer
 * in time, a 5xx, an unreadable answer) the cause is logged in one line and
 * BackendUnavailableError is thrown, which the error pages show as an
 * outage; the backend's own 4xx answers are thrown unchanged.
 */
export async function callBackend<T>(
  call: { method?: string; path: string; signal?: AbortSignal | null },
  run: (signal: AbortSignal) => Promise<T>
): Promise<T> {
  const timeout = AbortSignal.timeout(BACKEND_TIMEOUT_MS)
  try {
    return await run(call.signal ? AbortSignal.any([call.signal, timeout]) : timeout)
  } catch (error) {
    const failure = classifyBackendFailure(error, BACKEND_TIMEOUT_MS)
    if (failure.kind !== "unavailable") throw error
    const what = `${(call.method ?? "GET").toUpperCase()} ${call.path.split("?")[0]}`
    console.error(`[storefront] backend unavailable: ${what} — ${failure.cause}`)
    throw new BackendUnavailableError(what, failure.cause)
  }
}

/** A plain fetch of a backend path (files, multipart), under the same rule; 4xx answers are returned. */
export function backendFetch(path: string, init: RequestInit = {}): Promise<Response> {
  return callBackend({ method: init.method, path, signal: init.signal }, async (signal) => {
    const response = await fetch(new URL(path, MEDUSA_BACKEND_URL), { ...init, signal })
    if (response.status >= 500) {
      throw Object.assign(new Error(response.statusText || "server error"), { status: response.status })
    }
    return response
  })
}

/**
 * A read of something that may not exist: the backend's answer with one of
 * `absent` (404 unless told) becomes null; an outage still throws.
 */
export async function orNull<T>(read: () => Promise<T>, absent: readonly number[] = [404]): Promise<T | null> {
  try {
    return await read()
  } catch (error) {
    const failure = classifyBackendFailure(error)
    if (failure.kind !== "unavailable" && failure.status !== undefined && absent.includes(failure.status)) return null
    throw error
  }
}
