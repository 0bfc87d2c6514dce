import "server-only"
import { parseBackendTimeout } from "../util/backend-timeout"

/**
 * Where the backend is and how long to wait for it, read at run time (npm
 * start passes the publishable key the seed made), so one build works
 * against any backend.
 */
export const MEDUSA_BACKEND_URL = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
export const MEDUSA_PUBLISHABLE_KEY = process.env.MEDUSA_PUBLISHABLE_KEY || ""
export const BACKEND_TIMEOUT_MS = parseBackendTimeout(process.env.STOREFRONT_BACKEND_TIMEOUT_MS)
