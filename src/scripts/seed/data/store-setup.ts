/** Currencies, regions, tax and shipping for the demo store. */
export const CURRENCIES = [{ currency_code: "zar", is_default: true }, { currency_code: "usd" }, { currency_code: "eur" }]

export type RegionSeed = {
  name: string
  currency_code: string
  countries: string[]
  /** Tax rate in percent applied in every country of the region. */
  tax: { rate: number; code: string; name: string }
}

export const REGIONS: RegionSeed[] = [
  {
    name: "South Africa",
    currency_code: "zar",
    countries: ["za"],
    tax: { rate: 15, code: "VAT", name: "South African VAT" },
  },
  {
    name: "United States",
    currency_code: "usd",
    countries: ["us"],
    tax: { rate: 0, code: "SALES", name: "Sales tax (none at checkout)" },
  },
  {
    name: "Europe",
    currency_code: "eur",
    countries: ["de", "fr", "nl", "be", "ie", "it", "es", "pt", "at"],
    tax: { rate: 20, code: "VAT", name: "EU VAT" },
  },
]

export const SALES_CHANNEL_NAME = "Avenrae Web Store"

export const STOCK_LOCATION = {
  name: "Avenrae Warehouse, Durban",
  address: {
    address_1: "12 Florida Road",
    city: "Durban",
    postal_code: "4001",
    province: "KwaZulu-Natal",
    country_code: "ZA",
  },
}

export const FULFILLMENT_SET_NAME = "Avenrae Warehouse shipping"

/** Flat rates by region currency: [standard, express]. */
export const SHIPPING_OPTIONS = [
  {
    code: "standard",
    name: "Standard delivery",
    description: "Tracked courier, 3–7 working days.",
    prices: { zar: 95, usd: 8, eur: 7 },
  },
  {
    code: "express",
    name: "Express delivery",
    description: "Priority courier, 1–2 working days.",
    prices: { zar: 220, usd: 24, eur: 19 },
  },
]

export const CATEGORIES = [
  {
    handle: "crystals",
    name: "Crystals",
    description: "Ethically sourced crystals and minerals, each one photographed and weighed.",
  },
  {
    handle: "books",
    name: "Books",
    description: "Guides to crystals, tarot, meditation and energy work.",
  },
  {
    handle: "tools",
    name: "Tools",
    description: "Singing bowls, pendulums, decks and everything for your practice.",
  },
  {
    handle: "sessions",
    name: "Sessions",
    description: "Readings and healing sessions with verified practitioners.",
  },
  {
    handle: "events",
    name: "Events",
    description: "Circles, workshops and retreats.",
  },
]
