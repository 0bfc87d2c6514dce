import type { MedusaContainer } from "@medusajs/framework/types"
import { pruneWebhookReceipts } from "../workflows/checkout/utils/webhook-receipts"

/** Nightly: webhook receipts past their retention are deleted, so the table stays the size of a month's events. */
export default async function pruneWebhookReceiptsJob(container: MedusaContainer) {
  await pruneWebhookReceipts(container, new Date())
}

export const config = { name: "prune-webhook-receipts", schedule: "17 3 * * *" }
