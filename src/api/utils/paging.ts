import { z } from "@medusajs/framework/zod"

/** How deep a list may be paged: further pages are reached with the list's filters, not a larger offset. */
export const MAX_LIST_OFFSET = 10_000

/** The `offset` of a paged list: a whole number from 0 to MAX_LIST_OFFSET, 0 when left out. */
export const listOffset = z.coerce
  .number()
  .int("offset must be a whole number")
  .min(0, "offset cannot be negative")
  .max(MAX_LIST_OFFSET, `offset can be at most ${MAX_LIST_OFFSET}; narrow the list with its filters instead`)
  .default(0)

/** The longest id a request may name (ours and Medusa's are about 30 characters). */
export const MAX_ID_LENGTH = 100
