import { model } from "@medusajs/framework/utils"
import { AUDIT_ACTORS } from "../values"

/**
 * One write by a staff user or a practitioner through the API: who, which
 * route (`action`, e.g. "POST /admin/products/:id"), what it changed
 * (`target_*`, and `changes`: the fields that differ before and after, plus
 * what the request asked, redacted), and where it came from.
 *
 * Append-only: a trigger refuses UPDATE, and DELETE except of entries older
 * than the retention cut-off the pruning job names (see the migration).
 */
export const AuditEntry = model
  .define("audit_entry", {
    id: model.id({ prefix: "aud" }).primaryKey(),
    actor_type: model.enum([...AUDIT_ACTORS]),
    actor_id: model.text(),
    action: model.text(),
    target_type: model.text().nullable(),
    target_id: model.text().nullable(),
    changes: model.json().nullable(),
    status_code: model.number(),
    request_id: model.text().nullable(),
    ip: model.text().nullable(),
    user_agent: model.text().nullable(),
  })
  .indexes([
    { on: ["created_at", "id"] },
    { on: ["actor_type", "actor_id", "created_at"] },
    { on: ["target_type", "target_id", "created_at"] },
    { on: ["action", "created_at"] },
  ])
