import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { SaveFavourite, SetFavouriteNotify } from "./utils/favourite-validators"
import { NoQuery } from "./utils/no-query"
import { customer } from "./review-middlewares"

/** A customer's saved practitioners, events and products: theirs alone. */
export const favouriteRoutes: MiddlewareRoute[] = [
  { matcher: "/store/customers/me/favourites", method: ["GET"], middlewares: [customer, validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/store/customers/me/favourites", method: ["POST"], middlewares: [customer, validateAndTransformBody(SaveFavourite)] },
  {
    matcher: "/store/customers/me/favourites/:id",
    method: ["POST"],
    middlewares: [customer, validateAndTransformBody(SetFavouriteNotify)],
  },
  { matcher: "/store/customers/me/favourites/:id", method: ["DELETE"], middlewares: [customer, validateAndTransformQuery(NoQuery, {})] },
]
