/**
 * A webhook receipt's statuses, declared once (this file imports nothing):
 * `processing` while one delivery of the event is being handled, `processed`
 * once a delivery was accepted. A failed delivery leaves no receipt at all.
 */
export const WEBHOOK_RECEIPT_STATUSES = ["processing", "processed"] as const
export type WebhookReceiptStatus = (typeof WEBHOOK_RECEIPT_STATUSES)[number]
