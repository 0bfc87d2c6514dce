import { Module } from "@medusajs/framework/utils"
import WebhookReceiptModuleService from "./service"

export const WEBHOOK_RECEIPT_MODULE = "webhook_receipt"

export default Module(WEBHOOK_RECEIPT_MODULE, {
  service: WebhookReceiptModuleService,
})
