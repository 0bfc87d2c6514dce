/**
 * What an audit entry may keep of a request or a record: never a password,
 * token, secret or card data, and never an unbounded amount of anything.
 */

/** Field names whose values are never stored, whatever they hold. */
const SECRET_NAME =
  /pass(word)?|secret|token|api_?key|authori[sz]ation|cookie|session|card|cvc|cvv|iban|account_number|routing|hash|salt|otp/i

/** Digit runs a card number could be (13–19 digits, spaces or dashes allowed). */
const CARD_LIKE = /\b(?:\d[ -]?){12,18}\d\b/g

export const REDACTED = "[redacted]"
const MAX_STRING = 500
const MAX_ITEMS = 50
const MAX_DEPTH = 5

/** A copy of `value` with secret fields and card-like numbers replaced and sizes bounded. */
export function redact(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return value ?? null
  if (typeof value === "string") {
    const masked = value.replace(CARD_LIKE, REDACTED)
    return masked.length > MAX_STRING ? `${masked.slice(0, MAX_STRING)}… (${masked.length} characters)` : masked
  }
  if (typeof value === "number" || typeof value === "boolean") return value
  if (value instanceof Date) return value.toISOString()
  if (depth >= MAX_DEPTH) return "[nested too deep]"
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => redact(item, depth + 1))
    return value.length > MAX_ITEMS ? [...items, `… ${value.length - MAX_ITEMS} more`] : items
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).slice(0, MAX_ITEMS)
    return Object.fromEntries(entries.map(([key, item]) => [key, SECRET_NAME.test(key) ? REDACTED : redact(item, depth + 1)]))
  }
  return String(value)
}
