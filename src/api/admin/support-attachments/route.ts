import { uploadAttachment } from "../../utils/support-handlers"

/** POST /admin/support-attachments (multipart, field "file") — a file to send with staff's next message. */
export const POST = uploadAttachment("staff")
