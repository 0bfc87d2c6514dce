import type { AxiosInstance } from "axios"

type Target = { target_type: string; target_id: string }
type Aggregate = { average: number; count: number; distribution: Record<string, number> }

/** Every published review of a target, read page by page through the public route. */
export async function publishedReviewsOf(api: AxiosInstance, headers: Record<string, string>, target: Target) {
  const reviews: Array<{ id: string; rating: number }> = []
  let aggregate: Aggregate | undefined
  for (let offset = 0; ; offset += 50) {
    const { data } = await api.get(
      `/store/reviews?target_type=${target.target_type}&target_id=${target.target_id}&limit=50&offset=${offset}`,
      { headers }
    )
    aggregate = data.aggregate
    reviews.push(...data.reviews)
    if (data.reviews.length < 50) break
  }
  return { reviews, aggregate: aggregate! }
}

/** The figures of a list of ratings, computed here rather than read: count, average to two places, distribution. */
export function figuresOf(ratings: number[]): Aggregate {
  const distribution: Record<string, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }
  for (const rating of ratings) distribution[rating]++
  const count = ratings.length
  const average = count ? Math.round((ratings.reduce((a, b) => a + b, 0) / count) * 100) / 100 : 0
  return { average, count, distribution }
}
