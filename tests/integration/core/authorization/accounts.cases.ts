import { changePassword } from "@/lib/units/self-service/password/actions";
import { factoryPassword } from "@/tests/factories";
import { formData } from "@/tests/integration/helpers/session";
import { type AuthorizationCase, anySignedIn } from "./roles";

export const cases: AuthorizationCase[] = [
  {
    name: "changePassword",
    action: changePassword,
    input: () =>
      formData({
        currentPassword: factoryPassword,
        newPassword: "Another12345",
        confirmPassword: "Another12345",
      }),
    expected: anySignedIn,
  },
];
