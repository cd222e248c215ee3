import { z } from "zod";
import { id } from "@/lib/core/forms/fields";

export const checkInSchema = z.object({
  activityId: id,
  code: z
    .string()
    .trim()
    .min(1)
    .max(12)
    .regex(/^[A-Za-z0-9]+$/, "activities.checkin.codeInvalid"),
});
export type CheckInInput = z.infer<typeof checkInSchema>;
