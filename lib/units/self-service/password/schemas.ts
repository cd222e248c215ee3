import { z } from "zod";
import { newPassword } from "@/lib/core/forms/fields";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword,
    confirmPassword: z.string().max(200),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "core.validation.passwordMismatch",
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
