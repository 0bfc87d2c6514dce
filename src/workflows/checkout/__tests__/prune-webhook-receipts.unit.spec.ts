import { pruneWebhookReceipts, WEBHOOK_RECEIPT_RETENTION_DAYS } from "../utils/webhook-receipts"

describe("pruning webhook receipts", () => {
  it("deletes batch after batch until one comes back short, all before the retention's cut-off", async () => {
    let stored = 2_345
    const calls: Array<{ before: Date; batchSize: number }> = []
    const receipts = {
      pruneWebhookReceipts: async (input: { before: Date; batchSize: number }) => {
        calls.push(input)
        const deleted = Math.min(stored, input.batchSize)
        stored -= deleted
        return deleted
      },
    }
    const now = new Date("2026-12-02T03:17:00Z")
    expect(await pruneWebhookReceipts({ resolve: <T>() => receipts as T }, now)).toBe(2_345)
    expect(calls.map((c) => c.batchSize)).toEqual([1000, 1000, 1000])
    expect(new Set(calls.map((c) => c.before.toISOString()))).toEqual(
      new Set([new Date(now.getTime() - WEBHOOK_RECEIPT_RETENTION_DAYS * 86_400_000).toISOString()])
    )
  })
})
