import { activateAccount } from "@/lib/units/admission/activation/actions";
import { noPasswordHash } from "@/lib/core/auth/password";
import {
  approveApplication,
  rejectApplication,
  replyToApplication,
  requestApplicationInfo,
  submitApplication,
} from "@/lib/units/admission/actions";
import { createSecretary, createUnit } from "@/tests/factories";
import {
  applicationFields,
  approveFields,
  createAccountToken,
  createApplication,
} from "@/tests/factories/membership";
import { formData } from "@/tests/integration/helpers/session";
import { type AuthorizationCase, adminOnly, everybody } from "./roles";

const decision = async () => {
  const application = await createApplication();
  return { id: String(application.id), version: String(application.version) };
};

export const cases: AuthorizationCase[] = [
  {
    name: "submitApplication",
    action: submitApplication,
    input: () => formData(applicationFields()),
    expected: everybody,
  },
  {
    name: "replyToApplication",
    action: replyToApplication,
    input: async () => {
      const application = await createApplication({ status: "NEEDS_INFO", adminMessage: "请补充" });
      return formData({
        reference: application.reference,
        mobile: application.mobile,
        version: application.version,
        reply: "已补充",
      });
    },
    expected: everybody,
  },
  {
    name: "requestApplicationInfo",
    action: requestApplicationInfo,
    input: async () => formData({ ...(await decision()), message: "请补充材料" }),
    expected: adminOnly,
  },
  {
    name: "rejectApplication",
    action: rejectApplication,
    input: async () => formData({ ...(await decision()), reason: "不符合条件" }),
    expected: adminOnly,
  },
  {
    name: "approveApplication",
    action: approveApplication,
    input: async () => formData(approveFields(await createApplication())),
    expected: adminOnly,
  },
  {
    name: "activateAccount",
    action: activateAccount,
    input: async () => {
      const unit = await createUnit();
      const user = await createSecretary(unit.id, { passwordHash: noPasswordHash, activatedAt: null });
      const token = await createAccountToken(user.id);
      return formData({ token, newPassword: "Activate2026ok", confirmPassword: "Activate2026ok" });
    },
    expected: everybody,
  },
];
