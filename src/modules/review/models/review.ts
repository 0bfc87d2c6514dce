import { model } from "@medusajs/framework/utils"
import { MODERATION_REASONS, REPLY_STATUSES, REVIEW_PURCHASES, REVIEW_STATUSES, REVIEW_TARGETS } from "../values"

/**
 * A shopper's review of what they bought. One per purchase: the unique index
 * on (purchase_type, purchase_id) decides between two submissions at once.
 * `verified` stays true while the purchase stands (a full refund clears it;
 * the review stays). The practitioner's one public reply lives on the row.
 */
export const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    target_type: model.enum([...REVIEW_TARGETS]),
    target_id: model.text(),
    purchase_type: model.enum([...REVIEW_PURCHASES]),
    purchase_id: model.text(),
    order_id: model.text().nullable(),
    /** Who may act on the review for the target: the session's or event's practitioner, or the product's. */
    practitioner_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    reviewer_name: model.text(),
    rating: model.number(),
    title: model.text().nullable(),
    body: model.text().nullable(),
    language: model.text().default("en"),
    status: model.enum([...REVIEW_STATUSES]).default("pending"),
    flags: model.array().default([]),
    moderation_reason: model.enum([...MODERATION_REASONS]).nullable(),
    moderation_note: model.text().nullable(),
    moderated_by: model.text().nullable(),
    moderated_at: model.dateTime().nullable(),
    verified: model.boolean().default(true),
    unverified_reason: model.text().nullable(),
    report_count: model.number().default(0),
    helpful_count: model.number().default(0),
    published_at: model.dateTime().nullable(),
    edited_at: model.dateTime().nullable(),
    reply_body: model.text().nullable(),
    reply_status: model.enum([...REPLY_STATUSES]).nullable(),
    reply_flags: model.array().default([]),
    reply_reason: model.enum([...MODERATION_REASONS]).nullable(),
    replied_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["purchase_type", "purchase_id"], unique: true },
    { on: ["target_type", "target_id", "status", "published_at"] },
    { on: ["status", "created_at"] },
    { on: ["customer_id"] },
    { on: ["practitioner_id", "created_at"] },
    { on: ["order_id"] },
  ])
  .checks([
    { name: "review_rating_range", expression: (c) => `${c.rating} between 1 and 5` },
    { name: "review_counts", expression: (c) => `${c.report_count} >= 0 AND ${c.helpful_count} >= 0` },
    {
      name: "review_rejection_has_reason",
      expression: (c) => `${c.status} not in ('rejected', 'hidden') OR ${c.moderation_reason} IS NOT NULL OR ${c.report_count} > 0`,
    },
  ])
