import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { QUERIED_COLUMNS } from "../../src/queries/medusa-columns"
import { queryDirectory } from "../../src/queries/practitioner-directory"
import { queryLowStock } from "../../src/queries/low-stock"
import { queryUpcomingEvents } from "../../src/queries/event-listing"

jest.setTimeout(120_000)

/**
 * src/queries reads Medusa's tables by name. After every Medusa upgrade this
 * says which table or column they read has gone, before any route fails.
 */
medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    it("finds every table.column that src/queries reads in the migrated schema", async () => {
      const { rows } = await knex().raw(
        `select table_name, column_name from information_schema.columns
         where table_schema = current_schema() and table_name = any(?)`,
        [Object.keys(QUERIED_COLUMNS)]
      )
      const present = new Set(rows.map((row: { table_name: string; column_name: string }) => `${row.table_name}.${row.column_name}`))
      const wanted = Object.entries(QUERIED_COLUMNS).flatMap(([table, columns]) => columns.map((column) => `${table}.${column}`))
      expect(wanted.length).toBeGreaterThan(30)
      expect(wanted.filter((column) => !present.has(column))).toEqual([])
    })

    it("runs each query, with every filter and sort, against the migrated schema", async () => {
      const sorts = ["rating", "distance", "price", "price_desc", "newest"] as const
      for (const sort of sorts) {
        await expect(
          queryDirectory(knex(), {
            kind: "healer",
            specialty: "reiki",
            language: "en",
            meeting_mode: "online",
            min_rating: 1,
            q: "light",
            near: { lat: -29.85, lng: 31.02 },
            radius_km: 50,
            currency_code: "zar",
            min_price: 100,
            max_price: 900,
            sort,
            limit: 5,
            offset: 0,
          })
        ).resolves.toEqual({ count: 0, practitioners: [] })
      }
      await expect(queryLowStock(knex(), { threshold: 5, limit: 20, offset: 0 })).resolves.toEqual({ count: 0, items: [] })
      const now = new Date()
      for (const offset of [0, 20]) {
        await expect(
          queryUpcomingEvents(knex(), {
            kind: "circle",
            format: "in_person",
            host_practitioner_id: "prac_none",
            city: "Durban",
            near: { lat: -29.85, lng: 31.02 },
            radius_km: 50,
            from: now,
            to: new Date(now.getTime() + 86_400_000),
            held_since: now,
            now,
            limit: 20,
            offset,
          })
        ).resolves.toEqual({ count: 0, events: [] })
      }
    })
  },
})
