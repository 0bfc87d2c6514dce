/** What a shopper can save (this file imports nothing, so the storefront can take it too). */
export const FAVOURITE_TARGETS = ["practitioner", "event", "product"] as const
export type FavouriteTarget = (typeof FAVOURITE_TARGETS)[number]
