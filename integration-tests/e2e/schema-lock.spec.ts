import { Client } from "pg"
import { withSchemaLock } from "../../src/scripts/launcher/schema-lock"

const serverUrl = (database: string) =>
  `postgres://${process.env.DB_USERNAME}:${encodeURIComponent(process.env.DB_PASSWORD ?? "")}@${process.env.DB_HOST}:${process.env.DB_PORT}/${database}`

/**
 * Servers started together on one database (compose --scale, a rollout) must
 * migrate and seed one at a time: the launcher holds an advisory lock while
 * it does.
 */
describe("the launcher's schema lock", () => {
  const database = `avenrae_schema_lock_${Date.now()}`
  const admin = new Client({ connectionString: serverUrl("postgres") })

  beforeAll(async () => {
    await admin.connect()
    await admin.query(`CREATE DATABASE ${database}`)
  })
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    await admin.end()
  })

  it("lets two launchers migrate one after the other, never at once, and says when one waits", async () => {
    const timeline: string[] = []
    const waited: string[] = []
    const launcher = (name: string) =>
      withSchemaLock(
        serverUrl(database),
        async () => {
          timeline.push(`${name} starts`)
          await new Promise((resolve) => setTimeout(resolve, 300))
          timeline.push(`${name} ends`)
          return name
        },
        () => waited.push(name)
      )
    const first = launcher("first")
    await new Promise((resolve) => setTimeout(resolve, 50))
    const results = await Promise.all([first, launcher("second")])
    expect(results).toEqual(["first", "second"])
    expect(timeline).toEqual(["first starts", "first ends", "second starts", "second ends"])
    expect(waited).toEqual(["second"])
  })

  it("releases the lock when the work fails, so the next launcher goes ahead", async () => {
    await expect(
      withSchemaLock(serverUrl(database), async () => {
        throw new Error("migration failed")
      })
    ).rejects.toThrow("migration failed")
    const waited: string[] = []
    await expect(
      withSchemaLock(
        serverUrl(database),
        async () => "ran",
        () => waited.push("next")
      )
    ).resolves.toBe("ran")
    expect(waited).toEqual([])
  })
})
