import { spawn } from "node:child_process"

const HELD = "event loop held by the test's inspector client"

/**
 * Makes a running Node process busy for `ms` on its own main thread, the way a
 * request that computes too long would: SIGUSR1 opens its inspector (on the
 * port its --inspect-port chose), and the inspector runs a busy loop there.
 * Nothing in the application takes part. `output` is where the process's
 * stderr goes (the inspector prints its address there, and the busy loop
 * announces itself there synchronously before it spins). Resolves once the
 * process itself has said its loop is held; `done` resolves when it has finished.
 */
export async function blockEventLoop(pid: number, ms: number, output: () => string): Promise<{ done: Promise<void> }> {
  const before = output().length
  process.kill(pid, "SIGUSR1")
  const address = await new Promise<string>((resolve, reject) => {
    const deadline = Date.now() + 15_000
    const look = () => {
      const found = /Debugger listening on (ws:\/\/\S+)/.exec(output().slice(before))
      if (found) return resolve(found[1])
      if (Date.now() > deadline) return reject(new Error(`No inspector address from process ${pid}`))
      setTimeout(look, 50)
    }
    look()
  })
  const expression = `{ process._rawDebug(${JSON.stringify(HELD)}); const end = Date.now() + ${ms}; while (Date.now() < end) {} }`
  // Node 20's WebSocket client is behind a flag, so a short child process speaks to the inspector.
  const script = `
    const socket = new WebSocket(${JSON.stringify(address)})
    socket.onopen = () => {
      socket.send(JSON.stringify({ id: 1, method: "Runtime.evaluate", params: {
        expression: ${JSON.stringify(expression)} } }))
    }
    socket.onmessage = (event) => { if (JSON.parse(event.data).id === 1) { socket.close(); process.exit(0) } }
    socket.onerror = (error) => { console.error(error.message ?? error); process.exit(1) }
  `
  const child = spawn(process.execPath, ["--experimental-websocket", "--no-warnings", "-e", script], { stdio: ["ignore", "pipe", "pipe"] })
  let log = ""
  child.stderr.on("data", (chunk) => (log += chunk))
  const done = new Promise<void>((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`The inspector client failed (${code}): ${log}`))))
  )
  await new Promise<void>((resolve, reject) => {
    const deadline = Date.now() + 15_000
    const look = () => {
      if (output().slice(before).includes(HELD)) return resolve()
      if (Date.now() > deadline) return reject(new Error(`Process ${pid} never said its event loop was held`))
      setTimeout(look, 20)
    }
    look()
    done.catch(reject)
  })
  return { done }
}
