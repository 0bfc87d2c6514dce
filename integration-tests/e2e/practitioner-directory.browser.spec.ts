import { distanceKm } from "../../src/lib/practitioners/discovery"
import { CITIES, PRACTITIONERS } from "../../src/scripts/seed/data/practitioners"
import { expectCount, watchForProblems } from "../helpers/browser"
import { describeJourney } from "../helpers/storefront-journeys"

jest.setTimeout(900_000)

// Reads the demo practitioners only; the journeys that create practitioners create no healers.
describeJourney("the practitioner directory in Chromium", (journey) => {
  it("filters the directory to healers and orders them by distance from a typed city", async () => {
    const page = await journey.newPage()
    const problems = watchForProblems(page)
    await page.goto(`${journey.shop}/practitioners`)
    await page.getByRole("link", { name: "Healers" }).click()
    await page.waitForURL(/kind=healer/)
    await page.getByLabel("Near a city").fill("Cape Town")
    await page.getByRole("button", { name: "Show practitioners" }).click()
    await page.waitForURL(/city=Cape\+Town|city=Cape%20Town/)
    const cards = page.getByTestId("practitioner-card")
    const capeTown = { lat: CITIES["Cape Town"].latitude, lng: CITIES["Cape Town"].longitude }
    const healers = PRACTITIONERS.filter((p) => p.status === "approved" && p.kind === "healer")
      .map((p) => ({ name: p.display_name, km: distanceKm(capeTown, { lat: CITIES[p.city].latitude, lng: CITIES[p.city].longitude }) }))
      .sort((a, b) => a.km - b.km)
    await expectCount(cards, healers.length)
    const texts = await cards.allInnerTexts()
    expect(texts.map((t) => healers.find((h) => t.includes(h.name))?.name)).toEqual(healers.map((h) => h.name))
    expect(texts.every((t) => /Healer/.test(t))).toBe(true)
    const shown = texts.map((t) => Number(t.match(/([\d,.]+) km away/)![1].replace(/,/g, "")))
    expect(shown).toEqual([...shown].sort((a, b) => a - b))
    expect(Math.abs(shown[shown.length - 1] - healers[healers.length - 1].km)).toBeLessThan(1)
    expect(problems).toEqual([])
  })

  it("lists practitioners nearest the browser's own location", async () => {
    const durban = CITIES.Durban
    const context = await journey.newContext({
      geolocation: { latitude: durban.latitude, longitude: durban.longitude },
      permissions: ["geolocation"],
    })
    const page = await context.newPage()
    await page.goto(`${journey.shop}/practitioners`)
    await page.getByRole("button", { name: "Use my location" }).click()
    await page.waitForURL(/near=-29\.858/)
    const first = await page.getByTestId("practitioner-card").first().innerText()
    expect(first).toMatch(/Durban · 0\.0 km away/)
  })

  it("shows a practitioner's sessions apart from the crystals they sell", async () => {
    const page = await journey.newPage()
    const problems = watchForProblems(page)
    await page.goto(`${journey.shop}/practitioners/nomvula-dlamini`)
    const sessions = await page.getByTestId("offering").allInnerTexts()
    expect(sessions.some((text) => text.includes("Healing session"))).toBe(true)
    expect(sessions.some((text) => text.includes("Rose Quartz"))).toBe(false)
    await page.getByRole("region", { name: "Also from Nomvula" }).getByRole("link", { name: "Rose Quartz Tumbled Stone" }).click()
    await page.getByRole("heading", { name: "Rose Quartz Tumbled Stone" }).waitFor()
    expect(problems).toEqual([])
  })
})
