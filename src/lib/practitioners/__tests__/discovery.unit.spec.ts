import { distanceKm, parseNear } from "../discovery"

const DURBAN = { lat: -29.8587, lng: 31.0218 }
const CAPE_TOWN = { lat: -33.9249, lng: 18.4241 }
const JOHANNESBURG = { lat: -26.2041, lng: 28.0473 }
const LONDON = { lat: 51.5074, lng: -0.1278 }
const NEW_YORK = { lat: 40.7128, lng: -74.006 }

describe("distanceKm", () => {
  it.each([
    ["Durban → Cape Town", DURBAN, CAPE_TOWN, 1270],
    ["Durban → Johannesburg", DURBAN, JOHANNESBURG, 500],
    ["London → New York", LONDON, NEW_YORK, 5570],
    ["Cape Town → London", CAPE_TOWN, LONDON, 9670],
  ])("%s ≈ %i km", (_route, a, b, km) => {
    expect(Math.abs(distanceKm(a, b) - km) / km).toBeLessThan(0.01)
  })

  it("is zero from a point to itself and symmetric", () => {
    expect(distanceKm(DURBAN, DURBAN)).toBe(0)
    expect(distanceKm(DURBAN, LONDON)).toBeCloseTo(distanceKm(LONDON, DURBAN), 6)
  })
})

describe("parseNear", () => {
  it.each([
    ["-29.8587,31.0218", { lat: -29.8587, lng: 31.0218 }],
    [" 51.5 , -0.12 ", { lat: 51.5, lng: -0.12 }],
    ["200,10", undefined],
    ["10,181", undefined],
    ["durban", undefined],
    ["1,2,3", undefined],
  ])("%s → %p", (value, point) => {
    expect(parseNear(value)).toEqual(point)
  })
})
