import { createUnit as createUnitRecord, uniqueSuffix } from "@/tests/factories";
import {
  createUnit,
  dryRunUnitImport,
  importUnits,
  reactivateUnit,
  suspendUnit,
  updateUnit,
  withdrawUnit,
} from "@/lib/units/admin/actions";
import { beijingDate } from "@/lib/core/time/beijing";
import { csvText, englishHeader, fileOf, importRow, utf8 } from "@/tests/factories/unit-import-files";
import { unitFields } from "@/tests/integration/units/admin/unit-form";
import { formData } from "@/tests/integration/helpers/session";
import { type AuthorizationCase, adminOnly } from "./roles";

// Managing units (create, edit, lifecycle, import) is for the district committee's admins only.

const lifecycleInput = async (status: "ACTIVE" | "SUSPENDED", extra: Record<string, string> = {}) => {
  const unit = await createUnitRecord({ status });
  return formData({
    id: unit.id,
    fromStatus: status,
    reason: "测试",
    effectiveOn: beijingDate(),
    ...extra,
  });
};

const importFile = () => fileOf(utf8(csvText([englishHeader, importRow(`auth${uniqueSuffix()}`)])), "u.csv");

export const cases: AuthorizationCase[] = [
  { name: "createUnit", action: createUnit, input: () => formData(unitFields()), expected: adminOnly },
  {
    name: "updateUnit",
    action: updateUnit,
    input: async () => {
      const unit = await createUnitRecord();
      return formData({ ...unitFields(), id: unit.id, version: unit.updatedAt.toISOString() });
    },
    expected: adminOnly,
  },
  { name: "suspendUnit", action: suspendUnit, input: () => lifecycleInput("ACTIVE"), expected: adminOnly },
  {
    name: "reactivateUnit",
    action: reactivateUnit,
    input: () => lifecycleInput("SUSPENDED"),
    expected: adminOnly,
  },
  {
    name: "withdrawUnit",
    action: withdrawUnit,
    input: () => lifecycleInput("ACTIVE", { confirmFinal: "on" }),
    expected: adminOnly,
  },
  {
    name: "dryRunUnitImport",
    action: dryRunUnitImport,
    input: () => formData({ file: importFile() }),
    expected: adminOnly,
  },
  {
    name: "importUnits",
    action: importUnits,
    input: () => formData({ file: importFile() }),
    expected: adminOnly,
  },
];
