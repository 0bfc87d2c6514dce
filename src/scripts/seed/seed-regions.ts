import { ExecArgs, RegionDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow, createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { regionPaymentProviderIds } from "../../lib/config/payment-providers"
import { REGIONS } from "./data/store-setup"

type Container = ExecArgs["container"]

/** Regions (South Africa, United States, Europe) with their tax regions. */
export async function seedRegions(container: Container): Promise<RegionDTO[]> {
  const regionService = container.resolve(Modules.REGION)
  const taxService = container.resolve(Modules.TAX)
  const regions: RegionDTO[] = []

  for (const seed of REGIONS) {
    let [region] = await regionService.listRegions({ name: seed.name })
    if (!region) {
      const { result } = await createRegionsWorkflow(container).run({
        input: {
          regions: [
            {
              name: seed.name,
              currency_code: seed.currency_code,
              countries: seed.countries,
              payment_providers: regionPaymentProviderIds(process.env),
              automatic_taxes: true,
            },
          ],
        },
      })
      region = result[0]
    }
    regions.push(region)

    const existing = await taxService.listTaxRegions({ country_code: seed.countries })
    const missing = seed.countries.filter((code) => !existing.some((taxRegion) => taxRegion.country_code === code))
    if (missing.length) {
      await createTaxRegionsWorkflow(container).run({
        input: missing.map((country_code) => ({
          country_code,
          provider_id: "tp_system",
          default_tax_rate: seed.tax,
        })),
      })
    }
  }
  return regions
}
