import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { WEBHOOK_RECEIPT_MODULE } from ".."
import { WebhookReceipt } from "../models/webhook-receipt"
import WebhookReceiptModuleService from "../service"
import { pruneWebhookReceipts, WEBHOOK_RECEIPT_RETENTION_DAYS } from "../../../workflows/checkout/utils/webhook-receipts"

jest.setTimeout(60_000)

const DAY = 86_400_000

moduleIntegrationTestRunner<WebhookReceiptModuleService>({
  moduleName: WEBHOOK_RECEIPT_MODULE,
  moduleModels: [WebhookReceipt],
  resolve: "./src/modules/webhook-receipt",
  testSuite: ({ service }) => {
    const now = new Date("2026-12-02T12:00:00Z")
    const receipt = (eventId: string, ageDays: number, status: "processed" | "processing" = "processed") => ({
      provider: "stripe",
      event_id: eventId,
      status,
      claim_token: `token-${eventId}`,
      claimed_at: new Date(now.getTime() - ageDays * DAY),
      processed_at: status === "processed" ? new Date(now.getTime() - ageDays * DAY) : null,
    })

    it("deletes receipts past the retention in batches, oldest first, and keeps the recent ones", async () => {
      const old = Array.from({ length: 1205 }, (_, i) => receipt(`evt_old_${i}`, WEBHOOK_RECEIPT_RETENTION_DAYS + 1 + (i % 40)))
      await service.createWebhookReceipts([
        ...old,
        receipt("evt_stuck", WEBHOOK_RECEIPT_RETENTION_DAYS + 2, "processing"),
        receipt("evt_recent", 2),
        receipt("evt_at_the_edge", WEBHOOK_RECEIPT_RETENTION_DAYS - 1),
      ])
      const scope = { resolve: <T>() => service as T }
      expect(await pruneWebhookReceipts(scope, now)).toBe(1206)
      const left = await service.listWebhookReceipts({}, { select: ["event_id"] })
      expect(left.map((r) => r.event_id).sort()).toEqual(["evt_at_the_edge", "evt_recent"])
      expect(await pruneWebhookReceipts(scope, now)).toBe(0)
    })

    it("deletes no more than a batch per statement, the oldest claims first", async () => {
      await service.createWebhookReceipts([receipt("evt_a", 90), receipt("evt_b", 60), receipt("evt_c", 45)])
      expect(await service.pruneWebhookReceipts({ before: now, batchSize: 2 })).toBe(2)
      expect((await service.listWebhookReceipts({}, { select: ["event_id"] })).map((r) => r.event_id)).toEqual(["evt_c"])
    })
  },
})
