// The needs board: admins post, decide and match needs (needs.manage); secretaries offer their
// own unit's help and withdraw it (need.offer). Admins have no unit to offer for; a suspended
// unit's secretary counts as signed out.
import {
  acceptOffer,
  attachNeed,
  cancelNeed,
  closeNeed,
  convertNeed,
  createNeed,
  declineOffer,
  removeNeedPhoto,
  updateNeed,
  uploadNeedPhoto,
} from "@/lib/pairing/needs/actions";
import { offerHelp, withdrawOffer } from "@/lib/pairing/needs/offer-actions";
import { db } from "@/lib/core/db";
import { imageFile, pngBytes } from "@/tests/factories/images";
import {
  createHelperUnit,
  createNeedCommunity,
  createNeedRow,
  createOfferRow,
  needFields,
} from "@/tests/factories/needs";
import { createPlan, createPlanActivity } from "@/tests/factories/plan-admin";
import { formData } from "@/tests/integration/helpers/session";
import { adminOnly, type AuthorizationCase, type Outcome, type RoleName, type World } from "./roles";

const year = 2062;

const secretariesOnly: Record<RoleName, Outcome> = {
  anonymous: "refused",
  secretaryA: "allowed",
  secretaryB: "allowed",
  suspended: "refused",
  admin: "refused",
};

const freshNeed = async () => createNeedRow((await createNeedCommunity()).id);

/** A waiting offer of a third unit, fresh for every call. */
async function waitingOffer() {
  const need = await freshNeed();
  const { unit, secretary } = await createHelperUnit();
  return createOfferRow(need.id, unit.id, secretary.id);
}

const needForm = async () => {
  const need = await freshNeed();
  return { needId: need.id, version: need.version };
};

export const cases: AuthorizationCase[] = [
  {
    name: "createNeed",
    action: createNeed,
    input: async () => formData(needFields((await createNeedCommunity()).id)),
    expected: adminOnly,
  },
  {
    name: "updateNeed",
    action: updateNeed,
    input: async () => {
      const need = await freshNeed();
      return formData(needFields(need.communityId, { needId: need.id, version: need.version }));
    },
    expected: adminOnly,
  },
  {
    name: "uploadNeedPhoto",
    action: uploadNeedPhoto,
    input: async () =>
      formData({ needId: (await freshNeed()).id, photo: imageFile(pngBytes(), "p.png", "image/png") }),
    expected: adminOnly,
  },
  {
    name: "removeNeedPhoto",
    action: removeNeedPhoto,
    input: async () => {
      const need = await freshNeed();
      const photo = await db.needPhoto.create({
        data: { needId: need.id, contentType: "image/png", data: new Uint8Array(pngBytes()) },
      });
      return formData({ needId: need.id, photoId: photo.id });
    },
    expected: adminOnly,
  },
  {
    name: "acceptOffer",
    action: acceptOffer,
    input: async () => formData({ offerId: (await waitingOffer()).id }),
    expected: adminOnly,
  },
  {
    name: "declineOffer",
    action: declineOffer,
    input: async () => formData({ offerId: (await waitingOffer()).id, reason: "人数已满" }),
    expected: adminOnly,
  },
  {
    name: "convertNeed",
    action: convertNeed,
    input: async () => {
      await createPlan(year);
      return formData({
        ...(await needForm()),
        year,
        plannedMonth: 4,
        type: "VOLUNTEER_SERVICE",
        commitment: "LIVELIHOOD",
        title: "社区志愿服务",
      });
    },
    expected: adminOnly,
  },
  {
    name: "attachNeed",
    action: attachNeed,
    input: async () => {
      await createPlan(year);
      return formData({ ...(await needForm()), activityId: (await createPlanActivity(year)).id });
    },
    expected: adminOnly,
  },
  {
    name: "closeNeed",
    action: closeNeed,
    input: async () => formData({ ...(await needForm()), outcome: "已完成" }),
    expected: adminOnly,
  },
  {
    name: "cancelNeed",
    action: cancelNeed,
    input: async () => formData({ ...(await needForm()), reason: "社区已解决" }),
    expected: adminOnly,
  },
  {
    name: "offerHelp",
    action: offerHelp,
    input: async () => formData({ needId: (await freshNeed()).id, headcount: 3 }),
    expected: secretariesOnly,
  },
  {
    name: "withdrawOffer",
    action: withdrawOffer,
    // Unit A's own waiting offer: B reaches the mutation (and is told it is not theirs).
    input: async (world: World) => {
      const need = await freshNeed();
      const secretary = await db.user.findFirstOrThrow({ where: { unitId: world.unitA.id } });
      return formData({ offerId: (await createOfferRow(need.id, world.unitA.id, secretary.id)).id });
    },
    expected: secretariesOnly,
  },
];
