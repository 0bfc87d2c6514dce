import { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { WebhookReceipt } from "./models/webhook-receipt"
import type { WebhookReceiptStatus } from "./statuses"
import type { WebhookClaimOutcome } from "../../lib/webhooks/webhook-claim"

export type WebhookDelivery = { provider: string; eventId: string; token: string }

class WebhookReceiptModuleService extends MedusaService({ WebhookReceipt }) {
  /**
   * Claims an event for one delivery, in single atomic statements so that of
   * several simultaneous deliveries exactly one gets the claim: an insert that
   * does nothing when the (provider, event_id) row exists, then, for a claim
   * still `processing` since before `staleBefore` (its process died), a
   * conditional update that hands it to this delivery.
   */
  @InjectManager()
  async claimWebhookEvent(
    delivery: WebhookDelivery & { now: Date; staleBefore: Date },
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<WebhookClaimOutcome> {
    const knex = context.manager!.getKnex()
    const inserted = await knex.raw(
      `insert into "webhook_receipt" ("id", "provider", "event_id", "status", "claim_token", "claimed_at", "created_at", "updated_at")
       values (?, ?, ?, 'processing', ?, ?, ?, ?)
       on conflict ("provider", "event_id") where "deleted_at" is null do nothing
       returning "id"`,
      [generateEntityId(undefined, "whr"), delivery.provider, delivery.eventId, delivery.token, delivery.now, delivery.now, delivery.now]
    )
    if (inserted.rows.length > 0) return "claimed"

    const reclaimed = await knex("webhook_receipt")
      .update({ claim_token: delivery.token, claimed_at: delivery.now, updated_at: delivery.now })
      .where({ provider: delivery.provider, event_id: delivery.eventId, status: "processing", deleted_at: null })
      .where("claimed_at", "<", delivery.staleBefore)
      .returning("id")
    if (reclaimed.length > 0) return "claimed"

    const existing: { status: WebhookReceiptStatus } | undefined = await knex("webhook_receipt")
      .select("status")
      .where({ provider: delivery.provider, event_id: delivery.eventId, deleted_at: null })
      .first()
    // Released between our insert and this read: the sender's next retry claims it.
    return existing?.status === "processed" ? "processed" : "in_flight"
  }

  /** Records the delivery holding the claim as accepted; false when the claim is no longer this delivery's. */
  @InjectManager()
  async markWebhookEventProcessed(
    delivery: WebhookDelivery & { now: Date },
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<boolean> {
    const updated = await context
      .manager!.getKnex()("webhook_receipt")
      .update({ status: "processed", processed_at: delivery.now, updated_at: delivery.now })
      .where({ provider: delivery.provider, event_id: delivery.eventId, claim_token: delivery.token, status: "processing" })
      .returning("id")
    return updated.length > 0
  }

  /** Drops the claim of a delivery that failed, so the sender's retry can claim the event again. */
  @InjectManager()
  async releaseWebhookEvent(delivery: WebhookDelivery, @MedusaContext() context: Context<EntityManager> = {}): Promise<boolean> {
    const deleted = await context
      .manager!.getKnex()("webhook_receipt")
      .delete()
      .where({ provider: delivery.provider, event_id: delivery.eventId, claim_token: delivery.token, status: "processing" })
      .returning("id")
    return deleted.length > 0
  }

  /**
   * Deletes up to `batchSize` receipts claimed before `before`, oldest first,
   * and answers how many went. Forgetting an old event is safe: a signed
   * delivery older than the signature's tolerance is refused before it is
   * claimed, and senders stop retrying within days.
   */
  @InjectManager()
  async pruneWebhookReceipts(
    input: { before: Date; batchSize: number },
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<number> {
    const deleted = await context.manager!.getKnex().raw(
      `delete from "webhook_receipt" where "id" in (
         select "id" from "webhook_receipt" where "claimed_at" < ? order by "claimed_at" limit ?
       ) returning "id"`,
      [input.before, input.batchSize]
    )
    return deleted.rows.length
  }
}

export default WebhookReceiptModuleService
