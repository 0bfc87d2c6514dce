import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { WEBHOOK_RECEIPT_MODULE } from ".."
import { WebhookReceipt } from "../models/webhook-receipt"
import WebhookReceiptModuleService from "../service"

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
    const left = async () => (await service.listWebhookReceipts({}, { select: ["event_id"] })).map((r) => r.event_id).sort()

    it("deletes receipts claimed before the cut-off, settled or stuck, and keeps the later ones", async () => {
      await service.createWebhookReceipts([
        ...Array.from({ length: 25 }, (_, i) => receipt(`evt_old_${i}`, 31 + i)),
        receipt("evt_stuck", 40, "processing"),
        receipt("evt_recent", 2),
        receipt("evt_at_the_edge", 29),
      ])
      expect(await service.pruneWebhookReceipts({ before: new Date(now.getTime() - 30 * DAY), batchSize: 1000 })).toBe(26)
      expect(await left()).toEqual(["evt_at_the_edge", "evt_recent"])
    })

    it("deletes no more than a batch per statement, the oldest claims first", async () => {
      await service.createWebhookReceipts([receipt("evt_a", 90), receipt("evt_b", 60), receipt("evt_c", 45)])
      expect(await service.pruneWebhookReceipts({ before: now, batchSize: 2 })).toBe(2)
      expect(await left()).toEqual(["evt_c"])
    })
  },
})
