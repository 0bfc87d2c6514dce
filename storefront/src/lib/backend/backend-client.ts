import "server-only"
import { Client, type FetchArgs, type FetchInput } from "@medusajs/js-sdk"
import { callBackend } from "./call-backend"

/** Medusa's SDK client with every call under the storefront's backend rule (time limit, outage error, log line). */
export class BackendClient extends Client {
  override fetch<T>(input: FetchInput, init?: FetchArgs): Promise<T> {
    return callBackend({ method: init?.method, path: pathOf(input), signal: init?.signal }, (signal) =>
      super.fetch<T>(input, { ...init, signal })
    )
  }
}

function pathOf(input: FetchInput) {
  if (typeof input === "string") return input
  return input instanceof URL ? input.pathname : new URL(input.url).pathname
}
