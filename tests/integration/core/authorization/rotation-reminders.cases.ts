// Sending the due duty reminders by hand is the district committee's (rotation.manage).
import { sendDueRotationReminders } from "@/lib/rotation/reminders/actions";
import { formData } from "@/tests/integration/helpers/session";
import { adminOnly, type AuthorizationCase } from "./roles";

export const cases: AuthorizationCase[] = [
  {
    name: "sendDueRotationReminders",
    action: sendDueRotationReminders,
    input: () => formData({}),
    expected: adminOnly,
  },
];
