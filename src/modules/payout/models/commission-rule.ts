import { model } from "@medusajs/framework/utils"

/**
 * A commission rate in basis points for a practitioner, a product category,
 * both, or (neither) the platform's default. At most one rule per pair — a
 * unique index over both columns with nulls as equal (see the migration).
 */
export const CommissionRule = model
  .define("commission_rule", {
    id: model.id({ prefix: "crule" }).primaryKey(),
    practitioner_id: model.text().nullable(),
    category_id: model.text().nullable(),
    rate_bps: model.number(),
    note: model.text().nullable(),
    updated_by: model.text().nullable(),
  })
  .checks([{ name: "commission_rule_rate_range", expression: (c) => `${c.rate_bps} >= 0 AND ${c.rate_bps} <= 10000` }])
