/** One line per step: "[avenrae] <step> … done in 1.2 s". */
export async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now()
  process.stdout.write(`[avenrae] ${label} …`)
  try {
    const result = await run()
    process.stdout.write(` done in ${seconds(started)}\n`)
    return result
  } catch (error) {
    process.stdout.write(` failed after ${seconds(started)}\n`)
    throw error
  }
}

export function say(line: string) {
  process.stdout.write(`[avenrae] ${line}\n`)
}

function seconds(since: number) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`
}
