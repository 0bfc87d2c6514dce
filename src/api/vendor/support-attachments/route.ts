import { uploadAttachment } from "../../utils/support-handlers"

/** POST /vendor/support-attachments (multipart, field "file") — a file to send with the next message: a picture, PDF or text, at most 5 MB. */
export const POST = uploadAttachment("practitioner")
