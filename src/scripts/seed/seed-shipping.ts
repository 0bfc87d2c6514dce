import { ExecArgs, RegionDTO, SalesChannelDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { FULFILLMENT_SET_NAME, REGIONS, SHIPPING_OPTIONS, STOCK_LOCATION } from "./data/store-setup"

type Container = ExecArgs["container"]
const MANUAL_PROVIDER = "manual_manual"

/**
 * The Durban warehouse, a service zone per region and a standard and an
 * express shipping option in each.
 */
export async function seedShipping(
  container: Container,
  { regions, salesChannel }: { regions: RegionDTO[]; salesChannel: SalesChannelDTO }
) {
  const stockLocationService = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  let [location] = await stockLocationService.listStockLocations({ name: STOCK_LOCATION.name })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: [STOCK_LOCATION] },
    })
    location = result[0]
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_PROVIDER },
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [salesChannel.id] },
    })
  }

  let [profile] = await fulfillmentService.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]
  }

  let [fulfillmentSet] = await fulfillmentService.listFulfillmentSets({ name: FULFILLMENT_SET_NAME })
  if (!fulfillmentSet) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: {
        location_id: location.id,
        fulfillment_set_data: { name: FULFILLMENT_SET_NAME, type: "shipping" },
      },
    })
    ;[fulfillmentSet] = await fulfillmentService.listFulfillmentSets({ name: FULFILLMENT_SET_NAME })
  }

  for (const seed of REGIONS) {
    const region = regions.find((r) => r.name === seed.name)!
    let [zone] = await fulfillmentService.listServiceZones({
      name: seed.name,
      fulfillment_set: { id: fulfillmentSet.id },
    })
    if (!zone) {
      const { result } = await createServiceZonesWorkflow(container).run({
        input: {
          data: [
            {
              fulfillment_set_id: fulfillmentSet.id,
              name: seed.name,
              geo_zones: seed.countries.map((country_code) => ({
                type: "country" as const,
                country_code,
              })),
            },
          ],
        },
      })
      zone = result[0]
    }
    const { data: existing } = await query.graph({
      entity: "shipping_option",
      fields: ["id", "type.code"],
      filters: { service_zone_id: zone.id },
    })
    const missing = SHIPPING_OPTIONS.filter((option) => !existing.some((o) => o.type?.code === option.code))
    if (!missing.length) continue
    await createShippingOptionsWorkflow(container).run({
      input: missing.map((option) => ({
        name: option.name,
        price_type: "flat" as const,
        provider_id: MANUAL_PROVIDER,
        service_zone_id: zone.id,
        shipping_profile_id: profile.id,
        type: { label: option.name, description: option.description, code: option.code },
        prices: [
          { currency_code: seed.currency_code, amount: option.prices[seed.currency_code] },
          { region_id: region.id, amount: option.prices[seed.currency_code] },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      })),
    })
  }
  return { location, profile }
}
