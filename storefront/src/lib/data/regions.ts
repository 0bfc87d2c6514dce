import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import { readCookie } from "../cookies"

/** The default region: South Africa, priced in rand. */
const DEFAULT_CURRENCY = "zar"

export async function listRegions(): Promise<HttpTypes.StoreRegion[]> {
  const { regions } = await sdk.store.region.list({ fields: "id,name,currency_code,*countries" })
  return regions
}

/** The visitor's region: the one they chose, else South Africa. */
export async function getCurrentRegion(): Promise<HttpTypes.StoreRegion> {
  const regions = await listRegions()
  const chosen = await readCookie("region")
  const region = regions.find((r) => r.id === chosen) ?? regions.find((r) => r.currency_code === DEFAULT_CURRENCY) ?? regions[0]
  if (!region) throw new Error("The shop has no regions yet; run the seed (npm start does).")
  return region
}
