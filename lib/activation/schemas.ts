import { z } from "zod";
import { newPassword } from "@/lib/forms/fields";

export const activateSchema = z
  .object({
    token: z.string().trim().min(1).max(100),
    newPassword,
    confirmPassword: z.string().max(200),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation.passwordMismatch",
  });
export type ActivateInput = z.infer<typeof activateSchema>;
