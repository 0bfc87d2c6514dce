import { MedusaService } from "@medusajs/framework/utils"
import { Favourite } from "./models/favourite"

class FavouriteModuleService extends MedusaService({ Favourite }) {}

export default FavouriteModuleService
