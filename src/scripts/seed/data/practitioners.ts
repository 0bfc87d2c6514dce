/**
 * Demo practitioners: approved ones across every kind and five cities, plus
 * two applications waiting for staff. Coordinates are the cities' centres.
 */
export type PractitionerSeed = {
  email: string
  display_name: string
  kind: "healer" | "prophet" | "medium" | "counsellor"
  specialties: string[]
  bio: string
  languages: string[]
  years_of_experience: number
  city: keyof typeof CITIES
  meeting_modes: Array<"in_person" | "online">
  status: "approved" | "pending"
  verified?: boolean
  /** How many of their kind's offerings they sell (1 unless given). */
  offerings?: 1 | 2 | 3
  /** Their price level against the standard rate (1 unless given). */
  rate?: number
}

export const CITIES = {
  Durban: { country_code: "za", latitude: -29.8587, longitude: 31.0218, timezone: "Africa/Johannesburg" },
  "Cape Town": { country_code: "za", latitude: -33.9249, longitude: 18.4241, timezone: "Africa/Johannesburg" },
  Johannesburg: { country_code: "za", latitude: -26.2041, longitude: 28.0473, timezone: "Africa/Johannesburg" },
  London: { country_code: "gb", latitude: 51.5074, longitude: -0.1278, timezone: "Europe/London" },
  "New York": { country_code: "us", latitude: 40.7128, longitude: -74.006, timezone: "America/New_York" },
} as const

export const PRACTITIONERS: PractitionerSeed[] = [
  {
    email: "nomvula@avenrae.test",
    display_name: "Nomvula Dlamini",
    kind: "healer",
    specialties: ["reiki", "energy healing"],
    bio: "Usui Reiki master working from a quiet studio in Morningside. Sessions are slow and grounding; many clients come for stress and grief.",
    languages: ["English", "isiZulu"],
    years_of_experience: 12,
    city: "Durban",
    meeting_modes: ["in_person", "online"],
    status: "approved",
    verified: true,
    offerings: 3,
    rate: 1.2,
  },
  {
    email: "thabo@avenrae.test",
    display_name: "Thabo Mokoena",
    kind: "prophet",
    specialties: ["prophecy", "dream interpretation"],
    bio: "Raised in a Zionist church tradition, Thabo offers prayerful readings and help with recurring dreams. He speaks plainly and keeps notes for you.",
    languages: ["English", "Sesotho", "isiZulu"],
    years_of_experience: 18,
    city: "Johannesburg",
    meeting_modes: ["in_person", "online"],
    status: "approved",
    verified: true,
    offerings: 2,
    rate: 1,
  },
  {
    email: "ayesha@avenrae.test",
    display_name: "Ayesha Patel",
    kind: "counsellor",
    specialties: ["mindfulness", "life transitions"],
    bio: "Registered counsellor combining mindfulness practice with talk therapy. Ayesha works with people changing careers, countries or relationships.",
    languages: ["English", "Gujarati"],
    years_of_experience: 9,
    city: "Durban",
    meeting_modes: ["online"],
    status: "approved",
    offerings: 2,
    rate: 0.9,
  },
  {
    email: "lindiwe@avenrae.test",
    display_name: "Lindiwe Khumalo",
    kind: "medium",
    specialties: ["mediumship", "ancestral connection"],
    bio: "Lindiwe connects clients with loved ones and ancestors in calm, respectful sittings, and is clear about what she can and cannot promise.",
    languages: ["English", "isiXhosa"],
    years_of_experience: 15,
    city: "Cape Town",
    meeting_modes: ["in_person", "online"],
    status: "approved",
    verified: true,
    offerings: 2,
    rate: 1.1,
  },
  {
    email: "pieter@avenrae.test",
    display_name: "Pieter van der Merwe",
    kind: "healer",
    specialties: ["sound healing", "crystal healing"],
    bio: "Sound healer using Tibetan bowls, gongs and quartz in long immersive sessions in Observatory. Bring a blanket; most people fall asleep.",
    languages: ["English", "Afrikaans"],
    years_of_experience: 7,
    city: "Cape Town",
    meeting_modes: ["in_person"],
    status: "approved",
    rate: 0.8,
  },
  {
    email: "grace@avenrae.test",
    display_name: "Grace Mahlangu",
    kind: "counsellor",
    specialties: ["grief", "family"],
    bio: "Grace has walked with families through loss for two decades, first in hospice care and now in private practice in Soweto and online.",
    languages: ["English", "isiNdebele", "isiZulu"],
    years_of_experience: 21,
    city: "Johannesburg",
    meeting_modes: ["in_person", "online"],
    status: "approved",
    verified: true,
    offerings: 2,
    rate: 1.3,
  },
  {
    email: "eleanor@avenrae.test",
    display_name: "Eleanor Hartley",
    kind: "medium",
    specialties: ["mediumship", "tarot"],
    bio: "Evidential medium and tarot reader from a long line of Spiritualists. Eleanor reads at a small chapel in Islington and by video.",
    languages: ["English"],
    years_of_experience: 25,
    city: "London",
    meeting_modes: ["in_person", "online"],
    status: "approved",
    verified: true,
    offerings: 2,
    rate: 1.5,
  },
  {
    email: "kwame@avenrae.test",
    display_name: "Kwame Asante",
    kind: "prophet",
    specialties: ["prophecy", "prayer"],
    bio: "Pastor and prophet serving the Ghanaian community in Peckham. Kwame offers prayer sessions and guidance for decisions about work and family.",
    languages: ["English", "Twi"],
    years_of_experience: 14,
    city: "London",
    meeting_modes: ["in_person", "online"],
    status: "approved",
    rate: 0.7,
  },
  {
    email: "sofia@avenrae.test",
    display_name: "Sofia Marquez",
    kind: "healer",
    specialties: ["reiki", "breathwork"],
    bio: "Reiki practitioner and breathwork facilitator in Brooklyn. Sofia's sessions start with twenty minutes of guided breathing.",
    languages: ["English", "Spanish"],
    years_of_experience: 6,
    city: "New York",
    meeting_modes: ["in_person", "online"],
    status: "approved",
    offerings: 2,
    rate: 1.4,
  },
  {
    email: "david@avenrae.test",
    display_name: "David Cohen",
    kind: "counsellor",
    specialties: ["anxiety", "meditation"],
    bio: "Psychotherapist who teaches meditation alongside conventional counselling. David works with anxiety, burnout and sleep problems.",
    languages: ["English", "Hebrew"],
    years_of_experience: 16,
    city: "New York",
    meeting_modes: ["online"],
    status: "approved",
    verified: true,
    offerings: 2,
    rate: 1.6,
  },
  {
    email: "marie@avenrae.test",
    display_name: "Marie Laveau-Jones",
    kind: "medium",
    specialties: ["tarot", "astrology"],
    bio: "Tarot reader and astrologer in Harlem, reading charts and cards together. Marie records every session so you can listen again.",
    languages: ["English", "French"],
    years_of_experience: 11,
    city: "New York",
    meeting_modes: ["in_person", "online"],
    status: "approved",
    offerings: 2,
    rate: 1.2,
  },
  {
    email: "sibusiso@avenrae.test",
    display_name: "Sibusiso Zulu",
    kind: "healer",
    specialties: ["traditional healing", "herbalism"],
    bio: "Trained inyanga working with indigenous herbs and traditional consultation in Pinetown. Consultations are in isiZulu or English.",
    languages: ["isiZulu", "English"],
    years_of_experience: 30,
    city: "Durban",
    meeting_modes: ["in_person"],
    status: "approved",
    verified: true,
    offerings: 2,
    rate: 0.6,
  },
  {
    email: "hannah@avenrae.test",
    display_name: "Hannah Okoro",
    kind: "counsellor",
    specialties: ["life coaching", "mindfulness"],
    bio: "Applying to offer mindfulness-based coaching for young professionals in London.",
    languages: ["English", "Yoruba"],
    years_of_experience: 4,
    city: "London",
    meeting_modes: ["online"],
    status: "pending",
  },
  {
    email: "jacques@avenrae.test",
    display_name: "Jacques du Plessis",
    kind: "medium",
    specialties: ["mediumship"],
    bio: "Applying to offer mediumship sittings in Cape Town's southern suburbs.",
    languages: ["Afrikaans", "English"],
    years_of_experience: 8,
    city: "Cape Town",
    meeting_modes: ["in_person"],
    status: "pending",
  },
]

/** Password of every demo practitioner login (e.g. nomvula@avenrae.test). */
export const DEMO_PRACTITIONER_PASSWORD = "avenrae-practitioner"

type Prices = { zar: number; usd: number; eur: number }
export type OfferingSeed = {
  title: string
  description: string
  durations: Array<{ minutes: number; prices: Prices }>
}

/**
 * Each kind's offerings at a standard rate, most usual first. An approved
 * demo practitioner offers the first `offerings` of their kind's list at
 * their own `rate` (see offeringsFor).
 */
export const OFFERINGS_BY_KIND: Record<PractitionerSeed["kind"], OfferingSeed[]> = {
  healer: [
    {
      title: "Healing session",
      description: "A hands-on or distance healing session, with time to talk before and after.",
      durations: [
        { minutes: 60, prices: { zar: 650, usd: 45, eur: 40 } },
        { minutes: 90, prices: { zar: 900, usd: 65, eur: 58 } },
      ],
    },
    {
      title: "Distance healing",
      description: "A healing sent from a distance while you rest at home, followed by a short call.",
      durations: [{ minutes: 45, prices: { zar: 450, usd: 30, eur: 28 } }],
    },
    {
      title: "Healing series of three",
      description: "Three sessions a week apart for a deeper piece of work, paid together.",
      durations: [{ minutes: 180, prices: { zar: 1800, usd: 120, eur: 110 } }],
    },
  ],
  prophet: [
    {
      title: "Prophetic reading and prayer",
      description: "A prayerful reading on a question you bring, with a written summary afterwards.",
      durations: [
        { minutes: 45, prices: { zar: 450, usd: 35, eur: 30 } },
        { minutes: 60, prices: { zar: 600, usd: 45, eur: 40 } },
      ],
    },
    {
      title: "Dream interpretation",
      description: "Bring a dream that keeps returning; leave with what it may be asking of you.",
      durations: [{ minutes: 30, prices: { zar: 300, usd: 25, eur: 22 } }],
    },
  ],
  medium: [
    {
      title: "Mediumship sitting",
      description: "A private sitting to connect with loved ones who have passed.",
      durations: [{ minutes: 60, prices: { zar: 750, usd: 60, eur: 55 } }],
    },
    {
      title: "Tarot reading",
      description: "A full spread on one question, explained card by card.",
      durations: [
        { minutes: 30, prices: { zar: 350, usd: 30, eur: 27 } },
        { minutes: 60, prices: { zar: 600, usd: 50, eur: 45 } },
      ],
    },
  ],
  counsellor: [
    {
      title: "Counselling session",
      description: "A confidential counselling session at your pace.",
      durations: [
        { minutes: 50, prices: { zar: 800, usd: 90, eur: 80 } },
        { minutes: 80, prices: { zar: 1200, usd: 130, eur: 115 } },
      ],
    },
    {
      title: "First conversation",
      description: "A short first meeting to see whether working together suits you.",
      durations: [{ minutes: 20, prices: { zar: 250, usd: 25, eur: 22 } }],
    },
  ],
}

/** A practitioner's offerings: their kind's first `offerings`, priced at their rate. */
export function offeringsFor(seed: PractitionerSeed): OfferingSeed[] {
  const rate = seed.rate ?? 1
  const round = (amount: number, step: number) => Math.max(step, Math.round((amount * rate) / step) * step)
  return OFFERINGS_BY_KIND[seed.kind].slice(0, seed.offerings ?? 1).map((offering) => ({
    ...offering,
    durations: offering.durations.map(({ minutes, prices }) => ({
      minutes,
      prices: { zar: round(prices.zar, 10), usd: round(prices.usd, 5), eur: round(prices.eur, 5) },
    })),
  }))
}

/** Crystals and tools from the catalog that a practitioner sells (handles). */
export const PRODUCTS_SOLD_BY: Record<string, string[]> = {
  "pieter@avenrae.test": ["clear-quartz-point", "tibetan-singing-bowl"],
  "nomvula@avenrae.test": ["rose-quartz-tumbled", "selenite-wand"],
  "marie@avenrae.test": ["avenrae-tarot-deck"],
}

/** Demo weekly hours (in each practitioner's own zone): weekdays with a lunch break, Saturday mornings. */
export const DEMO_WEEKLY_HOURS: Array<{ weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7; start: string; end: string }> = [
  ...([1, 2, 3, 4, 5] as const).flatMap((weekday) => [
    { weekday, start: "09:00", end: "12:00" },
    { weekday, start: "13:00", end: "17:00" },
  ]),
  { weekday: 6, start: "10:00", end: "13:00" },
]
