import { describe, expect, it } from "vitest";
import { actionBody, findActionId, refusedAnswer } from "./actions";

describe("server action requests", () => {
  it("encodes (previous state, FormData) as React's encodeReply does", () => {
    const body = actionBody({ activityId: "12", intent: "claim" }, "B");
    expect(body).toBe(
      '--B\r\nContent-Disposition: form-data; name="1_activityId"\r\n\r\n12\r\n' +
        '--B\r\nContent-Disposition: form-data; name="1_intent"\r\n\r\nclaim\r\n' +
        '--B\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$undefined","$K1"]\r\n' +
        "--B--\r\n",
    );
  });

  it("finds an action's id by module and export name, and refuses ambiguity", () => {
    const manifest = {
      node: {
        aa: { filename: "lib/activities/participation/actions.ts", exportedName: "claimActivity" },
        bb: { filename: "lib/activities/admin/actions.ts", exportedName: "claimActivity" },
        cc: { filename: "lib/venues/bookings/actions.ts", exportedName: "bookAndOpen" },
      },
    };
    expect(findActionId(manifest, "lib/activities/participation/actions.ts", "claimActivity")).toBe("aa");
    expect(() => findActionId(manifest, "actions.ts", "claimActivity")).toThrow(/2 matches/);
    expect(() => findActionId({}, "x.ts", "y")).toThrow(/0 matches/);
  });

  it("recognises a refused form state in the flight answer", () => {
    expect(refusedAnswer('0:{"a":"$@1"}\n1:{"ok":false,"message":{"key":"x"}}')).toBe(true);
    expect(refusedAnswer('1:{"ok":true,"message":{"key":"x"}}')).toBe(false);
  });
});
