import { PRACTITIONER_KINDS } from "../../modules/practitioner/models/practitioner"
import { CreatePractitionerDTO } from "../../modules/practitioner/types"
import { CITIES } from "../seed/data/practitioners"

/** Practitioners the benchmark adds, recognisable by their handle prefix. */
export const BENCH_HANDLE_PREFIX = "bench-"
export const BENCH_PRACTITIONER_COUNT = 1000

const SPECIALTIES = ["reiki", "tarot", "energy healing", "astrology", "grief", "mindfulness", "prayer", "sound healing"]
const LANGUAGES = ["English", "isiZulu", "Afrikaans", "Spanish", "French", "isiXhosa"]

/** A repeatable pseudo-random sequence (mulberry32), so every run measures the same data. */
function sequence(seed: number) {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The n-th benchmark practitioner: approved, spread around the demo cities. */
export function benchPractitioner(n: number): CreatePractitionerDTO {
  const next = sequence(n + 1)
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]
  const [cityName, city] = pick(Object.entries(CITIES))
  return {
    handle: `${BENCH_HANDLE_PREFIX}${String(n).padStart(4, "0")}`,
    display_name: `Bench Practitioner ${n}`,
    email: `bench-${n}@avenrae.test`,
    kind: pick(PRACTITIONER_KINDS),
    specialties: [pick(SPECIALTIES), pick(SPECIALTIES)].filter((s, i, all) => all.indexOf(s) === i),
    bio: `Practitioner number ${n}, added to measure the directory under load.`,
    languages: [pick(LANGUAGES)],
    years_of_experience: Math.floor(next() * 30),
    city: cityName,
    country_code: city.country_code,
    latitude: Math.round((city.latitude + (next() - 0.5) * 2) * 10000) / 10000,
    longitude: Math.round((city.longitude + (next() - 0.5) * 2) * 10000) / 10000,
    timezone: city.timezone,
    meeting_modes: next() < 0.5 ? ["online"] : ["in_person", "online"],
    status: "approved" as const,
  }
}

/** The n-th benchmark practitioner's review figures, so the rating filter and sort have spread to work on. */
export function benchRating(n: number) {
  const next = sequence(-(n + 1))
  const counts = [1, 2, 3, 4, 5].map(() => Math.floor(next() * 40))
  const review_count = counts.reduce((a, b) => a + b, 0)
  const sum = counts.reduce((total, count, i) => total + count * (i + 1), 0)
  return {
    review_count,
    rating_average: review_count ? Math.round((sum / review_count) * 100) / 100 : 0,
    rating_1: counts[0],
    rating_2: counts[1],
    rating_3: counts[2],
    rating_4: counts[3],
    rating_5: counts[4],
  }
}
