import { LaunchError } from "../launch-error"
import { readLaunchSettings } from "../launch-settings"

describe("readLaunchSettings", () => {
  it("defaults to shared mode on port 9000", () => {
    expect(readLaunchSettings({})).toEqual({
      workerMode: "shared",
      port: 9000,
      storefrontPort: 8000,
      backendUrl: "http://localhost:9000",
      databaseUrl: undefined,
      redisUrl: undefined,
    })
  })

  it.each(["shared", "server", "worker"])("accepts MEDUSA_WORKER_MODE=%s", (mode) => {
    expect(readLaunchSettings({ MEDUSA_WORKER_MODE: mode }).workerMode).toBe(mode)
  })

  it("rejects an unknown worker mode, naming the allowed values", () => {
    const read = () => readLaunchSettings({ MEDUSA_WORKER_MODE: "banana" })
    expect(read).toThrow(LaunchError)
    expect(read).toThrow(/"banana".*shared, server, worker/)
  })

  it.each(["abc", "0", "70000", "-1", "80.5"])("rejects PORT=%s", (port) => {
    const read = () => readLaunchSettings({ PORT: port })
    expect(read).toThrow(LaunchError)
    expect(read).toThrow(`PORT is "${port}"`)
  })

  it.each(["x", "0", "99999"])("rejects STOREFRONT_PORT=%s", (port) => {
    expect(() => readLaunchSettings({ STOREFRONT_PORT: port })).toThrow(`STOREFRONT_PORT is "${port}"`)
  })

  it("refuses the same port for the backend and the storefront", () => {
    expect(() => readLaunchSettings({ PORT: "8000" })).toThrow(/PORT and STOREFRONT_PORT are both 8000/)
    expect(readLaunchSettings({ PORT: "8000", STOREFRONT_PORT: "8001" }).storefrontPort).toBe(8001)
  })

  it("uses PORT for the default backend URL", () => {
    expect(readLaunchSettings({ PORT: "9100" })).toMatchObject({
      port: 9100,
      backendUrl: "http://localhost:9100",
    })
  })

  it("honours MEDUSA_BACKEND_URL", () => {
    const settings = readLaunchSettings({ PORT: "9100", MEDUSA_BACKEND_URL: "https://shop.example.com" })
    expect(settings.backendUrl).toBe("https://shop.example.com")
  })

  it("passes DATABASE_URL and REDIS_URL through, treating empty as unset", () => {
    expect(readLaunchSettings({ DATABASE_URL: "postgres://h/db", REDIS_URL: "redis://h:6379" })).toMatchObject({
      databaseUrl: "postgres://h/db",
      redisUrl: "redis://h:6379",
    })
    const empty = readLaunchSettings({ DATABASE_URL: "", REDIS_URL: "" })
    expect(empty.databaseUrl).toBeUndefined()
    expect(empty.redisUrl).toBeUndefined()
  })
})
