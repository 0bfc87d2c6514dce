import { PageLoading } from "@/modules/common/page-loading"

export default PageLoading
