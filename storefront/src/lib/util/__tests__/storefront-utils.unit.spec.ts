import { needsDelivery } from "../delivery"
import { BackendUnavailableError } from "../backend-failure"
import { errorMessage } from "../errors"
import { formatMoney } from "../money"
import { findPlace, placeNames } from "../places"

describe("formatMoney", () => {
  it.each([
    [650, "zar", /^R\s?650,00$/],
    [45, "usd", /^\$45\.00$/],
    [40.5, "eur", /^€40\.50$/],
    [1234.5, "ZAR", /^R\s?1\s?234,50$/],
  ])("shows %d %s in its currency", (amount, currency, shape) => {
    expect(formatMoney(amount, currency).replace(/\u00a0/g, " ")).toMatch(shape)
  })

  it("shows a dash for a missing amount", () => {
    expect(formatMoney(null, "zar")).toBe("—")
    expect(formatMoney(undefined, "usd")).toBe("—")
  })
})

describe("findPlace", () => {
  it("finds a city whatever its case and spacing", () => {
    expect(findPlace("  cape   TOWN ")).toEqual({ lat: -33.9249, lng: 18.4241 })
    expect(findPlace("Durban")).toEqual({ lat: -29.8587, lng: 31.0218 })
  })

  it("does not guess an unknown place", () => {
    expect(findPlace("Atlantis")).toBeUndefined()
    expect(findPlace("")).toBeUndefined()
  })

  it("names every place for people", () => {
    expect(placeNames()).toContain("New York")
  })
})

describe("errorMessage", () => {
  it("keeps the backend's own words", () => {
    expect(errorMessage({ message: "Variant is out of stock" })).toBe("Variant is out of stock")
  })

  it("says the shop cannot be reached when the backend is down", () => {
    expect(errorMessage(new TypeError("fetch failed"))).toMatch(/cannot be reached/)
    expect(errorMessage(new BackendUnavailableError("POST /store/carts", "no answer within 10000 ms"))).toMatch(/cannot be reached/)
    expect(errorMessage({ message: "An unknown error occurred.", status: 500 })).toMatch(/cannot be reached/)
  })

  it("falls back to an apology", () => {
    expect(errorMessage(undefined)).toMatch(/Something went wrong/)
  })
})

describe("needsDelivery", () => {
  it("skips delivery only when nothing is shipped", () => {
    expect(needsDelivery({ items: [{ requires_shipping: false }] })).toBe(false)
    expect(needsDelivery({ items: [{ requires_shipping: false }, { requires_shipping: true }] })).toBe(true)
    expect(needsDelivery({ items: [{}] })).toBe(true)
    expect(needsDelivery({ items: [] })).toBe(false)
  })
})
