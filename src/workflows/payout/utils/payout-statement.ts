import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { payoutStatementPdf } from "../../../lib/payouts/statement-pdf"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"
import type PractitionerModuleService from "../../../modules/practitioner/service"
import { payoutWithEntries } from "./ledger-views"

type Scope = { resolve: <T = any>(key: string) => T }

/**
 * Sends one payout's statement as a PDF download; with `practitionerId`,
 * only that practitioner's payout (another's answers 404). The platform's
 * details come from PLATFORM_LEGAL_NAME, PLATFORM_ADDRESS and
 * PLATFORM_TAX_NUMBER.
 */
export async function sendPayoutStatement(scope: Scope, res: MedusaResponse, payoutId: string, practitionerId?: string) {
  const payout = await payoutWithEntries(scope, payoutId, new Date(), "practitioner", practitionerId)
  if (!payout) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No payout ${payoutId}${practitionerId ? " of yours" : ""}`)
  const practitioner = await scope.resolve<PractitionerModuleService>(PRACTITIONER_MODULE).retrievePractitioner(payout.practitioner_id)
  const pdf = await payoutStatementPdf({
    issuer: {
      name: process.env.PLATFORM_LEGAL_NAME || "Avenrae",
      address: process.env.PLATFORM_ADDRESS || null,
      tax_number: process.env.PLATFORM_TAX_NUMBER || null,
    },
    practitioner: {
      display_name: practitioner.display_name,
      email: practitioner.email,
      city: practitioner.city ?? null,
      country_code: practitioner.country_code ?? null,
    },
    payout: {
      id: payout.id,
      currency_code: payout.currency_code,
      amount: payout.amount,
      status: payout.status,
      provider: payout.provider,
      created_at: payout.created_at,
      paid_at: payout.paid_at ?? null,
      reference: payout.reference ?? null,
      transfer_id: payout.transfer_id ?? null,
    },
    lines: payout.entries
      .filter((entry) => entry.kind !== "payout")
      .map((entry) => ({ ...entry, order: entry.order_number ? `#${entry.order_number}` : null })),
  })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="avenrae-payout-${payout.id}.pdf"`)
  res.send(pdf)
}
