import fs from "node:fs"
import path from "node:path"
import { Browser, chromium, Locator, Page } from "playwright-core"

/** Debian's Chromium (installed by .ci/run), or CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
export const ARTIFACTS_DIR = path.resolve(__dirname, "../../test-artifacts")

export function chromiumAvailable() {
  return fs.existsSync(CHROMIUM_PATH)
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"],
  })
}

/**
 * Collects what a careful tester would notice in DevTools: console errors,
 * uncaught exceptions and failed requests (4xx/5xx), except the ones a test
 * provokes on purpose (`expected`).
 */
export function watchForProblems(page: Page, expected: RegExp[] = []) {
  const problems: string[] = []
  const unexpected = (text: string) => !expected.some((pattern) => pattern.test(text))
  page.on("console", (message) => {
    // "Failed to load resource" repeats a failed request, reported below with its URL.
    if (message.type() === "error" && !/^Failed to load resource/.test(message.text()) && unexpected(message.text())) {
      problems.push(`console: ${message.text()}`)
    }
  })
  page.on("pageerror", (error) => problems.push(`exception: ${error.message}`))
  page.on("requestfailed", (request) => {
    const failure = request.failure()?.errorText ?? "failed"
    // Aborted requests are navigations and prefetches the browser itself cancelled.
    const line = `${failure} ${request.url()}`
    if (failure !== "net::ERR_ABORTED" && unexpected(line)) problems.push(`request: ${line}`)
  })
  page.on("response", (response) => {
    const line = `${response.status()} ${response.url()}`
    if (response.status() >= 400 && unexpected(line)) problems.push(`response: ${line}`)
  })
  return problems
}

export async function saveScreenshot(page: Page, name: string) {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true })
  const file = path.join(ARTIFACTS_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** True when the page is wider than the viewport (a sideways scrollbar on a phone). */
export async function overflowsHorizontally(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)
}

/** Waits (up to 10 s) until the locator matches `count` elements, then asserts it. */
export async function expectCount(locator: Locator, count: number) {
  const deadline = Date.now() + 10_000
  let seen = await locator.count()
  while (seen !== count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    seen = await locator.count()
  }
  expect(seen).toBe(count)
}
