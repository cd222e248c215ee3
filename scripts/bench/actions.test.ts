import { describe, expect, it } from "vitest";
import { actionBody, actionResult, findActionId, refusedAnswer } from "./actions";

describe("server action requests", () => {
  it("encodes (previous state, FormData) as React's encodeReply does", () => {
    const body = actionBody({ activityId: "12", intent: "claim" }, "B");
    expect(body).toBe(
      '--B\r\nContent-Disposition: form-data; name="_1_activityId"\r\n\r\n12\r\n' +
        '--B\r\nContent-Disposition: form-data; name="_1_intent"\r\n\r\nclaim\r\n' +
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

  it("reads the action's result from the flight answer and recognises a refusal", () => {
    const refused = '0:{"a":"$@1","b":"build"}\n1:{"ok":false,"message":{"key":"x"}}\n';
    expect(actionResult(refused)).toEqual({ ok: false, message: { key: "x" } });
    expect(refusedAnswer(refused)).toBe(true);
    // A page re-rendered in the answer may hold other states that are not ok: only row "a" counts.
    const claimed = '2:{"ok":false}\n0:{"a":"$@1a","b":"build"}\n1a:{"ok":true}\n';
    expect(refusedAnswer(claimed)).toBe(false);
    expect(actionResult('1:"$Sreact.fragment"\n0:{"b":"build"}')).toBeUndefined();
    expect(refusedAnswer("not a flight answer")).toBe(false);
  });
});
