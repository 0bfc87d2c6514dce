import { z } from "zod"

/** How long the storefront waits for the backend when STOREFRONT_BACKEND_TIMEOUT_MS is unset. */
export const DEFAULT_BACKEND_TIMEOUT_MS = 10_000

const TimeoutMs = z.coerce.number().int().min(100).max(120_000)

/** STOREFRONT_BACKEND_TIMEOUT_MS as milliseconds; a wrong value stops with a line saying what to set. */
export function parseBackendTimeout(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_BACKEND_TIMEOUT_MS
  const parsed = TimeoutMs.safeParse(value.trim())
  if (!parsed.success) {
    throw new Error(`STOREFRONT_BACKEND_TIMEOUT_MS must be a whole number of milliseconds from 100 to 120000 (it is "${value}")`)
  }
  return parsed.data
}
