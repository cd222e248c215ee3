import {
  assignLead,
  cancelActivity,
  createActivity,
  createYear,
  deleteActivity,
  dryRunActivityImport,
  importActivities,
  moveActivity,
  publishYear,
  unassignLead,
  unpublishYear,
  updateActivity,
  updateYear,
} from "@/lib/activities/admin/actions";
import { csvText, fileOf, utf8 } from "@/tests/factories/unit-import-files";
import { createPlan, createPlanActivity, activityFields } from "@/tests/factories/plan-admin";
import { formData } from "@/tests/integration/helpers/session";
import { type AuthorizationCase, adminOnly } from "./roles";

// Building the year's list (items, leads, publishing, import) is for the district committee's
// admins only. A refusal for a domain reason (year exists, stale version) still counts as
// "allowed": the policy let the call through.

const year = 2095;
const yearVersion = async () => (await createPlan(year, "DRAFT")).updatedAt.toISOString();
const freshItem = async () => {
  await createPlan(year, "DRAFT");
  return createPlanActivity(year);
};
const importFile = () =>
  fileOf(
    utf8(
      csvText([
        ["活动名称", "活动类型", "五方面内容", "月份", "地点"],
        ["授权测试", "其他", "打造一支骨干队伍", "2", "线上"],
      ]),
    ),
    "a.csv",
  );

export const cases: AuthorizationCase[] = [
  {
    name: "createYear",
    action: createYear,
    input: () => formData({ year: 2096, title: "授权测试清单", maxLeadsPerUnit: 1 }),
    expected: adminOnly,
  },
  {
    name: "updateYear",
    action: updateYear,
    input: async () =>
      formData({ year, version: await yearVersion(), title: "授权测试", maxLeadsPerUnit: 1 }),
    expected: adminOnly,
  },
  {
    name: "publishYear",
    action: publishYear,
    input: async () => formData({ year, version: await yearVersion(), confirm: "on" }),
    expected: adminOnly,
  },
  {
    name: "unpublishYear",
    action: unpublishYear,
    input: async () => formData({ year, version: await yearVersion(), confirm: "on" }),
    expected: adminOnly,
  },
  {
    name: "createActivity",
    action: createActivity,
    input: async () => {
      await createPlan(year, "DRAFT");
      return formData({ year, ...activityFields() });
    },
    expected: adminOnly,
  },
  {
    name: "updateActivity",
    action: updateActivity,
    input: async () => {
      const item = await freshItem();
      return formData({ id: item.id, version: item.version, ...activityFields() });
    },
    expected: adminOnly,
  },
  {
    name: "moveActivity",
    action: moveActivity,
    input: async () => formData({ id: (await freshItem()).id, direction: "up" }),
    expected: adminOnly,
  },
  {
    name: "deleteActivity",
    action: deleteActivity,
    input: async () => formData({ id: (await freshItem()).id }),
    expected: adminOnly,
  },
  {
    name: "cancelActivity (list administration)",
    action: cancelActivity,
    input: async () => {
      const item = await freshItem();
      return formData({ id: item.id, version: item.version, reason: "授权测试" });
    },
    expected: adminOnly,
  },
  {
    name: "assignLead",
    action: assignLead,
    input: async (world) => formData({ id: (await freshItem()).id, unitId: world.unitA.id }),
    expected: adminOnly,
  },
  {
    name: "unassignLead",
    action: unassignLead,
    input: async (world) => {
      await createPlan(year, "DRAFT");
      const item = await createPlanActivity(year, { leadUnitId: world.unitB.id });
      return formData({ id: item.id });
    },
    expected: adminOnly,
  },
  {
    name: "dryRunActivityImport",
    action: dryRunActivityImport,
    input: async () => {
      await createPlan(year, "DRAFT");
      return formData({ year, file: importFile() });
    },
    expected: adminOnly,
  },
  {
    name: "importActivities",
    action: importActivities,
    input: async () => {
      await createPlan(year, "DRAFT");
      return formData({ year, file: importFile(), checkedHash: "0".repeat(64) });
    },
    expected: adminOnly,
  },
];
