import { z } from "zod";

/** "Send due reminders now" has no fields: what is due follows from the clock. */
export const sendDueSurveyRemindersSchema = z.object({});
