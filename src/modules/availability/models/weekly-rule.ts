import { model } from "@medusajs/framework/utils"

const WALL_TIME = "'^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$'"

/** One interval of a practitioner's weekly hours, as wall-clock times in their zone. */
export const WeeklyRule = model
  .define("availability_weekly_rule", {
    id: model.id({ prefix: "avrule" }).primaryKey(),
    practitioner_id: model.text(),
    /** ISO weekday, 1 = Monday … 7 = Sunday. */
    weekday: model.number(),
    start_time: model.text(),
    end_time: model.text(),
  })
  .indexes([{ on: ["practitioner_id", "weekday"] }])
  .checks([
    { name: "availability_rule_weekday", expression: (c) => `${c.weekday} BETWEEN 1 AND 7` },
    {
      name: "availability_rule_times",
      expression: (c) => `${c.start_time} ~ ${WALL_TIME} AND ${c.end_time} ~ ${WALL_TIME} AND ${c.start_time} < ${c.end_time}`,
    },
  ])
