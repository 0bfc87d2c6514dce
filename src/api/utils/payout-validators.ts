import { z } from "@medusajs/framework/zod"
import { MAX_COMMISSION_BPS } from "../../lib/payouts/commission"
import { listOffset, MAX_ID_LENGTH } from "./paging"

const limit = z.coerce
  .number()
  .int("limit must be a whole number")
  .min(1, "limit is from 1 to 200")
  .max(200, "limit is from 1 to 200")
  .default(50)
const currencyCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{3}$/, "currency_code is a three-letter currency code such as zar")
const id = (field: string) => z.string().trim().min(1, `${field} cannot be empty`).max(MAX_ID_LENGTH, `${field} is too long to be an id`)

/** A page of a ledger, optionally of one currency, as JSON or a CSV download. */
export const ListLedger = z
  .object({
    limit,
    offset: listOffset,
    currency_code: currencyCode.optional(),
    format: z.enum(["json", "csv"], { message: "format must be json or csv" }).default("json"),
  })
  .strict()
export type ListLedgerType = z.infer<typeof ListLedger>

export const ListPayouts = z
  .object({
    limit,
    offset: listOffset,
    status: z
      .enum(["pending", "in_transit", "paid", "failed"], { message: "status must be pending, in_transit, paid or failed" })
      .optional(),
    practitioner_id: id("practitioner_id").optional(),
  })
  .strict()
export type ListPayoutsType = z.infer<typeof ListPayouts>

/** The practitioner's own list: the same filters but never another practitioner's. */
export const VendorListPayouts = ListPayouts.omit({ practitioner_id: true }).strict()

export const StartPayoutRun = z.object({ practitioner_id: id("practitioner_id").optional() }).strict()
export type StartPayoutRunType = z.infer<typeof StartPayoutRun>

export const MarkPayoutPaid = z
  .object({
    reference: z
      .string()
      .trim()
      .min(3, "reference is the bank transfer's reference, at least 3 characters")
      .max(100, "reference can be at most 100 characters"),
  })
  .strict()
export type MarkPayoutPaidType = z.infer<typeof MarkPayoutPaid>

export const ExportOwed = z.object({ format: z.enum(["csv", "json"], { message: "format must be csv or json" }).default("csv") }).strict()
export type ExportOwedType = z.infer<typeof ExportOwed>

const RATE = `rate_bps is whole basis points from 0 to ${MAX_COMMISSION_BPS}, e.g. 1500 for 15 %`
export const SetCommissionRule = z
  .object({
    practitioner_id: id("practitioner_id").nullable().default(null),
    category_id: id("category_id").nullable().default(null),
    rate_bps: z.number({ message: RATE }).int(RATE).min(0, RATE).max(MAX_COMMISSION_BPS, RATE),
    note: z.string().trim().max(500, "note can be at most 500 characters").nullable().optional(),
  })
  .strict()
export type SetCommissionRuleType = z.infer<typeof SetCommissionRule>

/** A staff correction of a practitioner's balance: a signed amount with the reason, never zero. */
export const LedgerAdjustment = z
  .object({
    currency_code: currencyCode,
    amount: z
      .string()
      .trim()
      .regex(/^-?\d{1,9}(\.\d{1,2})?$/, "amount is a decimal with at most 2 decimals, e.g. 150.00 or -42.50")
      .refine((amount) => Number(amount) !== 0, "amount cannot be zero"),
    reason: z.string().trim().min(5, "reason says why, at least 5 characters").max(500, "reason can be at most 500 characters"),
  })
  .strict()
export type LedgerAdjustmentType = z.infer<typeof LedgerAdjustment>

export { EmptyBody } from "./no-query"
