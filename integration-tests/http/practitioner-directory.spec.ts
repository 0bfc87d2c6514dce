import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { distanceKm } from "../../src/lib/practitioners/discovery"
import { PRACTITIONER_MODULE } from "../../src/modules/practitioner"
import { REVIEW_MODULE } from "../../src/modules/review"
import type ReviewModuleService from "../../src/modules/review/service"
import PractitionerModuleService from "../../src/modules/practitioner/service"
import { CITIES, offeringsFor, PRACTITIONERS, PRODUCTS_SOLD_BY } from "../../src/scripts/seed/data/practitioners"
import { adminHeaders, DemoStore, seedDemoStore } from "../helpers/demo-store"
import { shopperFor } from "../helpers/store-checkout"

jest.setTimeout(120_000)

const approved = PRACTITIONERS.filter((p) => p.status === "approved")
const DURBAN = CITIES.Durban

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    const names = (response: { data: { practitioners: { display_name: string }[] } }) =>
      response.data.practitioners.map((p) => p.display_name).sort()
    const expected = (keep: (p: (typeof PRACTITIONERS)[number]) => boolean) =>
      approved
        .filter(keep)
        .map((p) => p.display_name)
        .sort()
    const list = (query = "") => shopperFor(api, store).get(`/store/practitioners${query}`)

    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
    })

    it("lists approved practitioners only, without staff-only fields", async () => {
      const response = await list("?limit=50")
      expect(response.status).toBe(200)
      expect(response.data.count).toBe(approved.length)
      expect(names(response)).toEqual(expected(() => true))
      expect(response.data.practitioners[0]).not.toHaveProperty("email")
      expect(response.data.practitioners[0]).not.toHaveProperty("commission_rate")
      const pending = await shopperFor(api, store).get("/store/practitioners/hannah-okoro")
      expect(pending.status).toBe(404)
    })

    it.each([
      ["?kind=medium", (p: (typeof PRACTITIONERS)[number]) => p.kind === "medium"],
      ["?specialty=reiki", (p: (typeof PRACTITIONERS)[number]) => p.specialties.includes("reiki")],
      ["?language=isizulu", (p: (typeof PRACTITIONERS)[number]) => p.languages.includes("isiZulu")],
      ["?meeting_mode=in_person", (p: (typeof PRACTITIONERS)[number]) => p.meeting_modes.includes("in_person")],
      ["?q=tarot", (p: (typeof PRACTITIONERS)[number]) => p.specialties.includes("tarot")],
      ["?q=sound%20healing", (p: (typeof PRACTITIONERS)[number]) => p.display_name === "Pieter van der Merwe"],
      [
        "?kind=healer&meeting_mode=online",
        (p: (typeof PRACTITIONERS)[number]) => p.kind === "healer" && p.meeting_modes.includes("online"),
      ],
    ])("filters %s", async (query, keep) => {
      const response = await list(`${query}&limit=50`)
      expect(response.status).toBe(200)
      expect(names(response)).toEqual(expected(keep))
      expect(response.data.count).toBe(expected(keep).length)
    })

    it("sorts by distance from Durban, with great-circle distances (Durban → Cape Town ≈ 1,270 km)", async () => {
      const response = await list(`?near=${DURBAN.latitude},${DURBAN.longitude}&sort=distance&limit=50`)
      const rows = response.data.practitioners as { city: string; distance_km: number }[]
      const distances = rows.map((r) => r.distance_km)
      expect(distances).toEqual([...distances].sort((a, b) => a - b))
      expect(rows[0].city).toBe("Durban")
      expect(rows[0].distance_km).toBeLessThan(1)
      const capeTown = rows.find((r) => r.city === "Cape Town")!
      expect(capeTown.distance_km).toBeGreaterThan(1257)
      expect(capeTown.distance_km).toBeLessThan(1283)
      expect(capeTown.distance_km).toBeCloseTo(
        distanceKm(
          { lat: DURBAN.latitude, lng: DURBAN.longitude },
          { lat: CITIES["Cape Town"].latitude, lng: CITIES["Cape Town"].longitude }
        ),
        0
      )
      const withinRadius = await list(`?near=${DURBAN.latitude},${DURBAN.longitude}&radius_km=600&limit=50`)
      expect(withinRadius.data.practitioners.map((p: { city: string }) => p.city).sort()).toEqual(
        approved
          .filter((p) => p.city === "Durban" || p.city === "Johannesburg")
          .map((p) => p.city)
          .sort()
      )
    })

    it("filters and sorts by rating", async () => {
      const service = getContainer().resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
      const [eleanor] = await service.listPractitioners({ handle: "eleanor-hartley" })
      const [thabo] = await service.listPractitioners({ handle: "thabo-mokoena" })
      // The figures the review module keeps (reviews.spec.ts writes them through real reviews).
      await getContainer()
        .resolve<ReviewModuleService>(REVIEW_MODULE)
        .createReviewAggregates([
          { target_type: "practitioner", target_id: eleanor.id, rating_average: 4.9, review_count: 31 },
          { target_type: "practitioner", target_id: thabo.id, rating_average: 4.4, review_count: 12 },
        ])
      const rated = await list("?min_rating=4.5")
      expect(names(rated)).toEqual(["Eleanor Hartley"])
      const sorted = await list("?sort=rating&limit=2")
      expect(sorted.data.practitioners.map((p: { handle: string }) => p.handle)).toEqual(["eleanor-hartley", "thabo-mokoena"])
    })

    it("shows each practitioner's lowest offering price, and sorts and filters by it", async () => {
      const zarPrices = (p: (typeof PRACTITIONERS)[number]) => offeringsFor(p).flatMap((o) => o.durations.map((d) => d.prices.zar))
      const lowest = (name: string) => Math.min(...zarPrices(approved.find((p) => p.display_name === name)!))
      const cheapestFirst = await list("?currency_code=ZAR&sort=price&limit=50")
      const rows = cheapestFirst.data.practitioners as { display_name: string; from_price: { amount: number } }[]
      expect(rows.map((r) => r.from_price)).toEqual(rows.map((r) => ({ amount: lowest(r.display_name), currency_code: "zar" })))
      const amounts = rows.map((r) => r.from_price.amount)
      expect(amounts).toEqual([...amounts].sort((a, b) => a - b))
      expect(new Set(amounts).size).toBeGreaterThan(3)
      const dearestFirst = await list("?currency_code=zar&sort=price_desc&limit=50")
      expect(dearestFirst.data.practitioners.map((r: { from_price: { amount: number } }) => r.from_price.amount)).toEqual(
        [...amounts].reverse()
      )

      const inRange = await list("?currency_code=zar&min_price=500&max_price=700&limit=50")
      const inRangeExpected = expected((p) => zarPrices(p).some((price) => price >= 500 && price <= 700))
      expect(inRangeExpected.length).toBeGreaterThan(0)
      expect(inRangeExpected.length).toBeLessThan(approved.length)
      expect(names(inRange)).toEqual(inRangeExpected)
      expect(inRange.data.count).toBe(inRangeExpected.length)
      expect((await list("?limit=1")).data.practitioners[0].from_price).toBeNull()
    })

    it("pages with limit and offset", async () => {
      const all = await list("?sort=newest&limit=50")
      const page = await list("?sort=newest&limit=4&offset=4")
      expect(page.data.practitioners.map((p: { id: string }) => p.id)).toEqual(
        all.data.practitioners.slice(4, 8).map((p: { id: string }) => p.id)
      )
      expect(page.data.count).toBe(approved.length)
    })

    it("hides a suspended practitioner from the list and the profile page", async () => {
      const profile = await shopperFor(api, store).get("/store/practitioners/kwame-asante")
      expect(profile.status).toBe(200)
      expect(profile.data.practitioner).toMatchObject({
        display_name: "Kwame Asante",
        kind: "prophet",
        rating: { average: 0, count: 0 },
      })
      expect(profile.data.practitioner.offerings.map((o: { title: string }) => o.title)).toEqual(["Prophetic reading and prayer"])
      expect(profile.data.practitioner.offerings[0].variants).toHaveLength(2)
      expect(profile.data.practitioner.products).toEqual([])
      const nomvula = (await shopperFor(api, store).get("/store/practitioners/nomvula-dlamini")).data.practitioner
      expect(nomvula.offerings.map((o: { title: string }) => o.title).sort()).toEqual(
        offeringsFor(PRACTITIONERS.find((p) => p.email === "nomvula@avenrae.test")!)
          .map((o) => o.title)
          .sort()
      )
      expect(nomvula.products.map((p: { handle: string }) => p.handle).sort()).toEqual([...PRODUCTS_SOLD_BY["nomvula@avenrae.test"]].sort())
      expect(profile.data.practitioner).not.toHaveProperty("email")
      const staff = await adminHeaders(api)
      await api.post(`/admin/practitioners/${profile.data.practitioner.id}/suspend`, { reason: "Review" }, staff)
      expect((await shopperFor(api, store).get("/store/practitioners/kwame-asante")).status).toBe(404)
      expect((await list("?limit=50")).data.count).toBe(approved.length - 1)
    })

    it.each([
      ["?kind=wizard", /kind/],
      ["?near=200,10", /near/],
      ["?near=-29.8,31&radius_km=-5", /radius_km/],
      ["?radius_km=10", /radius_km needs near/],
      ["?limit=500", /limit/],
      ["?sort=cheapest", /rating, distance, price, price_desc, newest/],
      ["?sort=price", /need currency_code/],
      ["?min_price=100", /need currency_code/],
      ["?currency_code=rands", /currency_code/],
      ["?currency_code=zar&min_price=-1", /min_price/],
      ["?currency_code=zar&min_price=900&max_price=100", /min_price cannot be above max_price/],
      ["?sort=distance", /sort=distance needs near/],
      ["?min_rating=7", /min_rating/],
      ["?colour=violet", /colour/],
    ])("answers %s with 400 and what to fix", async (query, message) => {
      const response = await list(query)
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(message)
    })
  },
})
