import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

export type CommissionScope = { practitioner_id: string | null; category_id: string | null }

type Rule = CommissionScope & { id: string; rate_bps: number; note: string | null; updated_by: string | null }
type Undo = { previous: Rule | null; created: string | null }

/**
 * Sets the rule for one scope (a practitioner, a category, both, or neither
 * for the platform's default) to `rate_bps`, or removes it (null) so the
 * next broader rule applies. Orders already placed keep the rate they froze.
 */
export const setCommissionRuleStep = createStep(
  "set-commission-rule",
  async (input: CommissionScope & { rate_bps: number | null; note?: string | null; actor_id: string }, { container }) => {
    const service = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const [previous] = (await service.listCommissionRules({
      practitioner_id: input.practitioner_id,
      category_id: input.category_id,
    })) as Rule[]
    if (input.rate_bps === null) {
      if (previous) await service.deleteCommissionRules(previous.id)
      return new StepResponse<Rule | null, Undo>(null, { previous: previous ?? null, created: null })
    }
    const values = { rate_bps: input.rate_bps, note: input.note ?? previous?.note ?? null, updated_by: input.actor_id }
    if (previous) {
      const rule = await service.updateCommissionRules({ id: previous.id, ...values })
      return new StepResponse<Rule | null, Undo>(rule, { previous, created: null })
    }
    const rule = await service.createCommissionRules({ practitioner_id: input.practitioner_id, category_id: input.category_id, ...values })
    return new StepResponse<Rule | null, Undo>(rule, { previous: null, created: rule.id })
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const service = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    if (undo.created) await service.deleteCommissionRules(undo.created)
    if (undo.previous) {
      const { id, practitioner_id, category_id, rate_bps, note, updated_by } = undo.previous
      const [live] = await service.listCommissionRules({ id })
      if (live) await service.updateCommissionRules({ id, rate_bps, note, updated_by })
      else
        await service
          .restoreCommissionRules(id)
          .catch(() => service.createCommissionRules({ practitioner_id, category_id, rate_bps, note, updated_by }))
    }
  }
)
