import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/core/i18n/messages/en/core/auth.json";
import zh from "@/lib/core/i18n/messages/zh-CN/core/auth.json";
import { rateLimitedError, signInMessage } from "./sign-in-error";

describe("signInMessage", () => {
  it("tells the wait in seconds under a minute and in whole minutes, rounded up, above", () => {
    expect(signInMessage(rateLimitedError(8))).toEqual({ key: "rateLimitedSeconds", values: { seconds: 8 } });
    expect(signInMessage(rateLimitedError(61))).toEqual({
      key: "rateLimitedMinutes",
      values: { minutes: 2 },
    });
    expect(signInMessage(rateLimitedError(0.2))).toEqual({
      key: "rateLimitedSeconds",
      values: { seconds: 1 },
    });
  });

  it("shows the generic refusal for a wrong password and anything unexpected in ?error=", () => {
    expect(signInMessage("CredentialsSignin")).toEqual({ key: "invalid" });
    expect(signInMessage("RateLimited:<script>")).toEqual({ key: "invalid" });
  });

  it("reports a failed request as unexpected", () => {
    expect(signInMessage(undefined)).toEqual({ key: "unexpected" });
  });
});

describe("the wait message in both languages", () => {
  it.each([
    ["zh-CN", rateLimitedError(30), "请等待 30 秒后再试"],
    ["zh-CN", rateLimitedError(900), "请等待 15 分钟后再试"],
    ["en", rateLimitedError(1), "Please wait 1 second and try again"],
    ["en", rateLimitedError(120), "Please wait 2 minutes and try again"],
  ] as const)("%s: %s", (locale, error, expected) => {
    const t = createTranslator({
      locale,
      messages: { core: { auth: locale === "en" ? en : zh } },
      namespace: "core.auth",
    });
    const message = signInMessage(error);
    expect("values" in message ? t(message.key, message.values) : t(message.key)).toContain(expected);
  });
});
