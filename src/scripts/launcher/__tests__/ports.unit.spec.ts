import net from "node:net"
import { assertPortFree, findFreePort, isPortFree } from "../ports"
import { LaunchError } from "../launch-error"

/** A port the OS just handed out and released: free for the test. */
async function freePort() {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe("ports", () => {
  let server: net.Server | undefined

  /** Keeps a server listening on the port for the rest of the test. */
  async function occupy(port: number) {
    server = net.createServer()
    await new Promise<void>((resolve) => server!.listen(port, resolve))
  }

  afterEach(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
    server = undefined
  })

  it("isPortFree is true for a free port and false while something listens on it", async () => {
    const port = await freePort()
    expect(await isPortFree(port)).toBe(true)
    await occupy(port)
    expect(await isPortFree(port)).toBe(false)
  })

  it("findFreePort returns the preferred port when it is free", async () => {
    const port = await freePort()
    expect(await findFreePort(port)).toBe(port)
  })

  it("findFreePort skips a busy preferred port", async () => {
    const port = await freePort()
    await occupy(port)
    const found = await findFreePort(port)
    expect(found).toBeGreaterThan(port)
    expect(found).toBeLessThan(port + 200)
  })

  it("findFreePort skips ports in avoid", async () => {
    const port = await freePort()
    const found = await findFreePort(port, [port, port + 1])
    expect(found).toBeGreaterThan(port + 1)
  })

  it("findFreePort never goes past port 65535", async () => {
    const avoid = [65530, 65531, 65532, 65533, 65534, 65535]
    await expect(findFreePort(65530, avoid)).rejects.toThrow(/no free port between 65530 and 65535/)
  })

  it("assertPortFree passes for a free port", async () => {
    await expect(assertPortFree(await freePort(), "database", "DB_PORT")).resolves.toBeUndefined()
  })

  it("assertPortFree throws a LaunchError naming the port and the env var", async () => {
    const port = await freePort()
    await occupy(port)
    const check = assertPortFree(port, "Medusa server", "PORT")
    await expect(check).rejects.toBeInstanceOf(LaunchError)
    await expect(assertPortFree(port, "Medusa server", "PORT")).rejects.toThrow(
      `port ${port} for the Medusa server is already in use — stop whatever listens on ${port} (lsof -i :${port}) or set PORT to another port`
    )
  })
})
