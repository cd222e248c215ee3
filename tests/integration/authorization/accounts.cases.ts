import { changePassword } from "@/lib/accounts/actions";
import { factoryPassword } from "../../factories";
import { formData } from "../helpers/session";
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
