import { z } from "@medusajs/framework/zod"
import { MODERATION_REASONS, REVIEW_PURCHASES, REVIEW_SORTS, REVIEW_STATUSES, REVIEW_TARGETS } from "../../modules/review/values"
import { listOffset, MAX_ID_LENGTH } from "./paging"

const limit = (max: number, fallback: number) =>
  z.coerce
    .number()
    .int("limit must be a whole number")
    .min(1, `limit is from 1 to ${max}`)
    .max(max, `limit is from 1 to ${max}`)
    .default(fallback)
const id = (field: string) => z.string().trim().min(1, `${field} cannot be empty`).max(MAX_ID_LENGTH, `${field} is too long to be an id`)
const oneOf = <T extends readonly [string, ...string[]]>(field: string, values: T) =>
  z.enum(values, { message: `${field} must be one of ${values.join(", ")}` })
const rating = z.coerce
  .number()
  .int("rating is a whole number of stars from 1 to 5")
  .min(1, "rating is a whole number of stars from 1 to 5")
  .max(5, "rating is a whole number of stars from 1 to 5")
const text = (field: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${field} can be at most ${max} characters`)
    .transform((value) => value || null)
    .nullable()
const language = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, "language is a language code such as en, af or zu")
const reason = oneOf("reason", MODERATION_REASONS)

/** The published reviews of one target, a page at a time, with its figures. */
export const ListTargetReviews = z
  .object({
    target_type: oneOf("target_type", REVIEW_TARGETS),
    target_id: id("target_id"),
    sort: oneOf("sort", REVIEW_SORTS).default("newest"),
    limit: limit(50, 10),
    offset: listOffset,
  })
  .strict()
export type ListTargetReviewsType = z.infer<typeof ListTargetReviews>

const content = {
  rating,
  title: text("title", 120).optional(),
  body: text("body", 5000).optional(),
  language: language.optional(),
}

export const SubmitReview = z
  .object({ purchase_type: oneOf("purchase_type", REVIEW_PURCHASES), purchase_id: id("purchase_id"), ...content })
  .strict()
export type SubmitReviewType = z.infer<typeof SubmitReview>

export const EditReview = z
  .object({ ...content, rating: rating.optional() })
  .strict()
  .refine((body) => Object.keys(body).length > 0, "Send at least one of rating, title, body, language")
export type EditReviewType = z.infer<typeof EditReview>

export const ReportReview = z
  .object({
    reason: z.string().trim().min(3, "Say in a few words what is wrong (reason)").max(1000, "reason can be at most 1000 characters"),
  })
  .strict()
export type ReportReviewType = z.infer<typeof ReportReview>

export const ReplyToReview = z
  .object({ body: z.string().trim().min(1, "body cannot be empty").max(3000, "body can be at most 3000 characters") })
  .strict()
export type ReplyToReviewType = z.infer<typeof ReplyToReview>

export const VendorListReviews = z
  // Pending and rejected reviews are between their author and staff.
  .object({ status: oneOf("status", ["published", "hidden"] as const).optional(), limit: limit(100, 20), offset: listOffset })
  .strict()
export type VendorListReviewsType = z.infer<typeof VendorListReviews>

export const AdminListReviews = z
  .object({
    status: oneOf("status", REVIEW_STATUSES).optional(),
    target_type: oneOf("target_type", REVIEW_TARGETS).optional(),
    target_id: id("target_id").optional(),
    practitioner_id: id("practitioner_id").optional(),
    flagged: z.literal("true", { message: "flagged=true lists the reviews the pre-check flagged" }).optional(),
    reply_pending: z.literal("true", { message: "reply_pending=true lists the reviews whose reply waits for staff" }).optional(),
    rating: rating.optional(),
    limit: limit(200, 50),
    offset: listOffset,
  })
  .strict()
  .refine((q) => !q.target_id || q.target_type, "Name the target_type of target_id")
export type AdminListReviewsType = z.infer<typeof AdminListReviews>

const note = z.string().trim().max(1000, "note can be at most 1000 characters").optional()

export const ApproveReview = z.object({ note }).strict()
export const RefuseReview = z.object({ reason, note }).strict()
export type RefuseReviewType = z.infer<typeof RefuseReview>

export const BulkApproveReviews = z
  .object({
    ids: z.array(id("ids[]")).min(1, "ids names at least one review").max(200, "Approve at most 200 reviews at once"),
  })
  .strict()
export type BulkApproveReviewsType = z.infer<typeof BulkApproveReviews>

export const ModerateReply = z
  .object({ decision: z.enum(["approve", "reject"], { message: "decision must be approve or reject" }), reason: reason.optional() })
  .strict()
  .refine(
    (body) => body.decision === "approve" || body.reason,
    "Say why the reply is rejected: reason must be one of abuse, personal_data, off_topic, spam"
  )
export type ModerateReplyType = z.infer<typeof ModerateReply>
