import { describe, expect, it } from "vitest";
import { rateLimitedError, signInMessage } from "./sign-in-error";

describe("signInMessage", () => {
  it("tells the wait in seconds under a minute and in whole minutes, rounded up, above", () => {
    expect(signInMessage(rateLimitedError(8))).toEqual({ key: "rateLimitedSeconds", values: { seconds: 8 } });
    expect(signInMessage(rateLimitedError(61))).toEqual({ key: "rateLimitedMinutes", values: { minutes: 2 } });
    expect(signInMessage(rateLimitedError(0.2))).toEqual({ key: "rateLimitedSeconds", values: { seconds: 1 } });
  });

  it("shows the generic refusal for a wrong password and anything unexpected in ?error=", () => {
    expect(signInMessage("CredentialsSignin")).toEqual({ key: "invalid" });
    expect(signInMessage("RateLimited:<script>")).toEqual({ key: "invalid" });
  });

  it("reports a failed request as unexpected", () => {
    expect(signInMessage(undefined)).toEqual({ key: "unexpected" });
  });
});
