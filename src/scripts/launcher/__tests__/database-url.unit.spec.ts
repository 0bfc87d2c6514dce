import { parseDatabaseUrl, redact } from "../database-url"
import { LaunchError } from "../launch-error"

describe("parseDatabaseUrl", () => {
  it.each(["postgres", "postgresql"])("reads a %s:// URL", (scheme) => {
    const target = parseDatabaseUrl(`${scheme}://app:s3cret@db.example.com:6543/shop`)
    expect(target).toMatchObject({ host: "db.example.com", port: 6543, database: "shop" })
    expect(target.url).toBe(`${scheme}://app:s3cret@db.example.com:6543/shop`)
    expect(target.maintenanceUrl).toBe(`${scheme}://app:s3cret@db.example.com:6543/postgres`)
  })

  it("defaults the port to 5432 and keeps credentials in the maintenance URL", () => {
    const target = parseDatabaseUrl("postgres://app:pw@localhost/shop")
    expect(target.port).toBe(5432)
    expect(new URL(target.maintenanceUrl)).toMatchObject({
      username: "app",
      password: "pw",
      hostname: "localhost",
      pathname: "/postgres",
    })
  })

  it.each([
    ["a malformed URL", "not a url", /not a valid URL/, /postgres:\/\/user:password@host:5432\/database/],
    ["a mysql:// URL", "mysql://u:p@host/db", /must start with postgres:\/\/ \(got mysql:\/\/\)/, /use the form postgres:\/\//],
    ["no database name", "postgres://u:p@host:5432", /needs a host and a database name/, /use the form postgres:\/\//],
    ["a bare slash as database", "postgres://u:p@host:5432/", /needs a host and a database name/, /use the form/],
  ])("rejects %s with a LaunchError naming cause and fix", (_label, raw, cause, fix) => {
    let error: unknown
    try {
      parseDatabaseUrl(raw)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(LaunchError)
    expect((error as Error).message).toMatch(cause)
    expect((error as Error).message).toMatch(fix)
  })

  it("does not leak the password in its error messages", () => {
    expect(() => parseDatabaseUrl("postgres://u:topsecret@host:5432")).toThrow(/u:\*\*\*@host/)
    expect(() => parseDatabaseUrl("postgres://u:topsecret@host:5432")).not.toThrow(/topsecret/)
  })
})

describe("redact", () => {
  it("hides the password and keeps the rest", () => {
    expect(redact("postgres://app:s3cret@host:5432/shop")).toBe("postgres://app:***@host:5432/shop")
  })

  it("hides all of a password that contains an unencoded @", () => {
    expect(redact("postgres://u:p@ss@host/db")).toBe("postgres://u:***@host/db")
  })

  it("leaves a URL without a password alone", () => {
    expect(redact("postgres://host:5432/shop")).toBe("postgres://host:5432/shop")
  })
})
