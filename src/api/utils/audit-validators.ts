import { z } from "@medusajs/framework/zod"
import { AUDIT_ACTORS, MAX_EXPORT_DAYS } from "../../modules/audit/values"
import type { AuditCursor } from "../../modules/audit/service"
import { filterInstant } from "./instants"
import { MAX_ID_LENGTH } from "./paging"

const DAY = 86_400_000

const limit = z.coerce
  .number()
  .int("limit must be a whole number")
  .min(1, "limit is from 1 to 200")
  .max(200, "limit is from 1 to 200")
  .default(50)
const text = (field: string, max = MAX_ID_LENGTH) =>
  z.string().trim().min(1, `${field} cannot be empty`).max(max, `${field} can be at most ${max} characters`)

/** A page's cursor: where the previous page ended, as the list gave it in `next_cursor`. */
export const encodeCursor = (cursor: AuditCursor) =>
  Buffer.from(`${new Date(cursor.created_at).toISOString()}|${cursor.id}`).toString("base64url")

const cursor = z
  .string()
  .max(200, "cursor is not one this list gave; start again from the first page")
  .transform((value, ctx): AuditCursor => {
    const [at, id] = Buffer.from(value, "base64url").toString("utf8").split("|")
    const created_at = new Date(at)
    if (!id || !/^aud_\w{1,60}$/.test(id) || Number.isNaN(created_at.getTime())) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "cursor is not one this list gave; start again from the first page" })
      return z.NEVER
    }
    return { created_at, id }
  })

const filters = {
  actor_type: z.enum(AUDIT_ACTORS, { message: "actor_type must be user, api-key or practitioner" }).optional(),
  actor_id: text("actor_id").optional(),
  target_type: text("target_type", 60).optional(),
  target_id: text("target_id").optional(),
  action: text("action", 300).optional(),
  from: filterInstant("from").optional(),
  to: filterInstant("to").optional(),
}

const fromBeforeTo = (query: { from?: Date; to?: Date }) => !query.from || !query.to || query.from < query.to
const FROM_BEFORE_TO = { message: "from must be before to", path: ["from"] }

/** The admin's Audit page: entries newest first, narrowed by actor, target, action and time. */
export const AdminListAuditEntries = z
  .object({ ...filters, limit, cursor: cursor.optional() })
  .strict()
  .refine(fromBeforeTo, FROM_BEFORE_TO)
export type AdminListAuditEntriesType = z.infer<typeof AdminListAuditEntries>

/** An export of a time range (at most a year) as CSV or JSON lines. */
export const ExportAuditEntries = z
  .object({
    ...filters,
    from: filterInstant("from"),
    to: filterInstant("to"),
    format: z.enum(["csv", "jsonl"], { message: "format must be csv or jsonl" }).default("jsonl"),
  })
  .strict()
  .refine(fromBeforeTo, FROM_BEFORE_TO)
  .refine((query) => query.to.getTime() - query.from.getTime() <= MAX_EXPORT_DAYS * DAY, {
    message: `an export covers at most ${MAX_EXPORT_DAYS} days; export a longer time in parts`,
    path: ["to"],
  })
export type ExportAuditEntriesType = z.infer<typeof ExportAuditEntries>

/** A practitioner's own history in the portal. */
export const VendorListHistory = z
  .object({ limit, cursor: cursor.optional(), from: filters.from, to: filters.to })
  .strict()
  .refine(fromBeforeTo, FROM_BEFORE_TO)
export type VendorListHistoryType = z.infer<typeof VendorListHistory>
