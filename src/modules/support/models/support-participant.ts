import { model } from "@medusajs/framework/utils"

/** A practitioner staff added to a request about their own booking or event: they see and answer that request only. */
export const SupportParticipant = model
  .define("support_participant", {
    id: model.id({ prefix: "spar" }).primaryKey(),
    request_id: model.text(),
    practitioner_id: model.text(),
  })
  .indexes([{ on: ["request_id", "practitioner_id"], unique: true }, { on: ["practitioner_id"] }])
