import { describe, expect, it } from "vitest";
import { diffAudit, sameJson, wholeValueField } from "./diff";

describe("diffAudit", () => {
  it("lists only the fields whose values changed, with `undefined` where a side did not record one", () => {
    expect(
      diffAudit(
        { status: "CLAIMED", leadUnitId: 4, version: 2 },
        { status: "DONE", leadUnitId: 4, reason: "提前完成" },
      ),
    ).toEqual({
      mode: "updated",
      rows: [
        { field: "status", before: "CLAIMED", after: "DONE" },
        { field: "version", before: 2, after: undefined },
        { field: "reason", before: undefined, after: "提前完成" },
      ],
    });
  });

  it("tells a value recorded as empty (null) from a value not recorded", () => {
    expect(diffAudit({ note: "旧" }, { note: null }).rows).toEqual([
      { field: "note", before: "旧", after: null },
    ]);
  });

  it("shows a created record's fields (no before) without its id, times or version", () => {
    expect(
      diffAudit(null, {
        id: 9,
        title: "植树",
        status: "PLANNED",
        version: 0,
        createdAt: "2026-03-01T00:00:00.000Z",
        updatedAt: "2026-03-01T00:00:00.000Z",
        capacity: null,
      }),
    ).toEqual({
      mode: "created",
      rows: [
        { field: "title", after: "植树" },
        { field: "status", after: "PLANNED" },
        { field: "capacity", after: null },
      ],
    });
  });

  it("shows a deleted record's fields (no after)", () => {
    expect(diffAudit({ title: "读书会", dueOn: "2026-04-01" }, undefined)).toEqual({
      mode: "deleted",
      rows: [
        { field: "title", before: "读书会" },
        { field: "dueOn", before: "2026-04-01" },
      ],
    });
  });

  it("reports nothing when neither side was recorded", () => {
    expect(diffAudit(null, null)).toEqual({ mode: "none", rows: [] });
  });

  it("ignores key order and compares nested values structurally", () => {
    expect(
      diffAudit({ hours: { mon: [1, 2], tue: null } }, { hours: { tue: null, mon: [1, 2] } }).rows,
    ).toEqual([]);
    expect(diffAudit({ unitIds: [1, 2] }, { unitIds: [1, 2, 3] }).rows).toEqual([
      { field: "unitIds", before: [1, 2], after: [1, 2, 3] },
    ]);
  });

  it("treats a bare value or a list (a survey's answers) as one field", () => {
    expect(diffAudit([{ questionId: 1, value: "A" }], [{ questionId: 1, value: "B" }])).toEqual({
      mode: "updated",
      rows: [
        {
          field: wholeValueField,
          before: [{ questionId: 1, value: "A" }],
          after: [{ questionId: 1, value: "B" }],
        },
      ],
    });
  });
});

describe("sameJson", () => {
  it("compares JSON values, not references", () => {
    expect(sameJson({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson(null, undefined)).toBe(false);
  });
});
