import { model } from "@medusajs/framework/utils"
import { SUPPORT_CATEGORIES, SUPPORT_LINKS, SUPPORT_PRIORITIES, SUPPORT_REQUESTERS, SUPPORT_STATUSES } from "../values"

/**
 * A shopper's or practitioner's request for help, optionally about one of
 * their orders, bookings, tickets or payouts (`link_*`, checked to be theirs
 * when opened). `waiting_since` is when the current wait on staff began
 * (reminders count from it); `first_response_at` and `resolved_at` give the
 * response and resolution times.
 */
export const SupportRequest = model
  .define("support_request", {
    id: model.id({ prefix: "sreq" }).primaryKey(),
    requester_type: model.enum([...SUPPORT_REQUESTERS]),
    requester_id: model.text(),
    subject: model.text(),
    category: model.enum([...SUPPORT_CATEGORIES]),
    link_type: model.enum([...SUPPORT_LINKS]).nullable(),
    link_id: model.text().nullable(),
    priority: model.enum([...SUPPORT_PRIORITIES]).default("normal"),
    status: model.enum([...SUPPORT_STATUSES]).default("open"),
    assignee_id: model.text().nullable(),
    last_message_at: model.dateTime(),
    waiting_since: model.dateTime().nullable(),
    reminded_at: model.dateTime().nullable(),
    first_response_at: model.dateTime().nullable(),
    resolved_at: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["requester_type", "requester_id", "last_message_at"] },
    { on: ["status", "created_at"] },
    { on: ["assignee_id", "status"] },
    { on: ["link_type", "link_id"] },
  ])
  .checks([
    {
      name: "support_request_link_whole",
      expression: (c) => `(${c.link_type} IS NULL) = (${c.link_id} IS NULL)`,
    },
  ])
