// The secretary's own workspace (/my). Each secretary acts on their own account and unit, so
// both unit A's and unit B's secretaries are allowed. Admins are refused: they have no unit and
// no /my pages (profile.update and unit.updateProfile are secretaries' permissions).
import {
  removeMyUnitLogo,
  updateMyProfile,
  updateMyUnitProfile,
  uploadMyUnitLogo,
} from "@/lib/units/self-service/actions";
import { imageFile, pngBytes } from "@/tests/factories/images";
import {
  freshMobile,
  giveUnitLogo,
  unitIdOf,
  unitVersion,
  userVersion,
} from "@/tests/factories/self-service";
import { formData } from "@/tests/integration/helpers/session";
import { type AuthorizationCase, type Outcome, type RoleName, type World } from "./roles";

const secretariesOnly: Record<RoleName, Outcome> = {
  anonymous: "refused",
  secretaryA: "allowed",
  secretaryB: "allowed",
  suspended: "refused",
  admin: "refused",
};

/** The unit whose form the caller would have: their own, or unit A for callers without one. */
async function callerUnit(world: World, role: RoleName): Promise<number> {
  if (role === "anonymous") return world.unitA.id;
  return (await unitIdOf(world.users[role].id)) ?? world.unitA.id;
}

export const cases: AuthorizationCase[] = [
  {
    name: "updateMyProfile",
    action: updateMyProfile,
    input: async (world, role) =>
      formData({
        name: "张三",
        mobile: freshMobile(),
        email: "",
        version: role === "anonymous" ? new Date().toISOString() : await userVersion(world.users[role].id),
      }),
    expected: secretariesOnly,
  },
  {
    name: "updateMyUnitProfile",
    action: updateMyUnitProfile,
    input: async (world, role) =>
      formData({
        intro: "简介",
        address: "",
        contactName: "",
        contactPhone: "",
        version: await unitVersion(await callerUnit(world, role)),
      }),
    expected: secretariesOnly,
  },
  {
    name: "uploadMyUnitLogo",
    action: uploadMyUnitLogo,
    input: () => formData({ logo: imageFile(pngBytes(), "logo.png", "image/png") }),
    expected: secretariesOnly,
  },
  {
    name: "removeMyUnitLogo",
    action: removeMyUnitLogo,
    input: async (world, role) => {
      await giveUnitLogo(await callerUnit(world, role));
      return formData({});
    },
    expected: secretariesOnly,
  },
];
