/**
 * Cities a shopper can type for "near", with their centres. Practitioners
 * list their city; this is the same set plus other large cities in the
 * regions we sell to.
 */
export const PLACES: Record<string, { lat: number; lng: number }> = {
  durban: { lat: -29.8587, lng: 31.0218 },
  pietermaritzburg: { lat: -29.6006, lng: 30.3794 },
  "cape town": { lat: -33.9249, lng: 18.4241 },
  stellenbosch: { lat: -33.9321, lng: 18.8602 },
  johannesburg: { lat: -26.2041, lng: 28.0473 },
  soweto: { lat: -26.2485, lng: 27.854 },
  pretoria: { lat: -25.7479, lng: 28.2293 },
  bloemfontein: { lat: -29.0852, lng: 26.1596 },
  gqeberha: { lat: -33.9608, lng: 25.6022 },
  "port elizabeth": { lat: -33.9608, lng: 25.6022 },
  "east london": { lat: -33.0153, lng: 27.9116 },
  london: { lat: 51.5074, lng: -0.1278 },
  manchester: { lat: 53.4808, lng: -2.2426 },
  edinburgh: { lat: 55.9533, lng: -3.1883 },
  dublin: { lat: 53.3498, lng: -6.2603 },
  paris: { lat: 48.8566, lng: 2.3522 },
  amsterdam: { lat: 52.3676, lng: 4.9041 },
  berlin: { lat: 52.52, lng: 13.405 },
  lisbon: { lat: 38.7223, lng: -9.1393 },
  "new york": { lat: 40.7128, lng: -74.006 },
  brooklyn: { lat: 40.6782, lng: -73.9442 },
  boston: { lat: 42.3601, lng: -71.0589 },
  chicago: { lat: 41.8781, lng: -87.6298 },
  "los angeles": { lat: 34.0522, lng: -118.2437 },
  "san francisco": { lat: 37.7749, lng: -122.4194 },
}

/** "Cape Town" / " cape town " → its centre, or undefined when we do not know the place. */
export function findPlace(name: string) {
  const key = name.trim().toLowerCase().replace(/\s+/g, " ")
  return PLACES[key]
}

export function placeNames() {
  return Object.keys(PLACES).map((name) => name.replace(/\b\w/g, (c) => c.toUpperCase()))
}
