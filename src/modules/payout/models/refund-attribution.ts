import { model } from "@medusajs/framework/utils"

/**
 * Which order line a refund gave money back for, written by the workflow
 * that made the refund (a cancelled session or ticket). Refunds without one
 * (staff refunds, returns) are spread over the order's lines in proportion.
 */
export const RefundAttribution = model
  .define("refund_attribution", {
    id: model.id({ prefix: "rfat" }).primaryKey(),
    refund_id: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    amount: model.bigNumber(),
    booking_id: model.text().nullable(),
    ticket_id: model.text().nullable(),
  })
  .indexes([{ on: ["refund_id"], unique: true }])
