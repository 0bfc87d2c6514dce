export * from "./types"
export * from "./ranges"
export { workingHours, atWallTime } from "./working-hours"
export { freeSlots, FreeSlotsInput } from "./free-slots"
