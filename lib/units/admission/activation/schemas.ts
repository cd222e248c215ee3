import { z } from "zod";
import { newPassword, plainKey } from "@/lib/core/forms/fields";

export const activateSchema = z
  .object({
    token: plainKey(1, 100),
    newPassword,
    confirmPassword: z.string().max(200),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "core.validation.passwordMismatch",
  });
export type ActivateInput = z.infer<typeof activateSchema>;
