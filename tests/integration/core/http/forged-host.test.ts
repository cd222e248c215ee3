// A client (or an internal hop) can send any Host / X-Forwarded-Host. Nothing the server builds
// from a request — redirects, feed links, activation links, next-auth's redirects — may follow it:
// redirects are relative and absolute links use the configured public origin.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as auditExport } from "@/app/[locale]/(admin)/admin/audit/export.csv/route";
import { GET as planExport } from "@/app/[locale]/(admin)/admin/plan/[year]/export.csv/route";
import { GET as inboxOpen } from "@/app/[locale]/(member)/my/inbox/[id]/route";
import { GET as planFeed } from "@/app/[locale]/(public)/plan.ics/[[...filter]]/route";
import { authOptions } from "@/lib/core/auth/options";
import { initialFormState } from "@/lib/core/forms/form-state";
import { approveApplication } from "@/lib/units/admission/actions";
import { createAdmin } from "@/tests/factories";
import { approveFields, createApplication } from "@/tests/factories/membership";
import { createPlan, createPlanActivity } from "@/tests/factories/notifications";
import { actAs, formData } from "@/tests/integration/helpers/session";
import { setRequestHeaders } from "@/tests/setup/request-cookies";

const forged = {
  host: "evil.example",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
};

const env = { ...process.env };
beforeEach(() => {
  // Server actions read the request's headers through next/headers: hand them the forged ones.
  setRequestHeaders(forged);
  process.env.PUBLIC_ORIGIN = "https://portal.example.cn";
  process.env.MAIL_TRANSPORT = "memory";
  delete process.env.SMTP_URL;
});
afterEach(() => {
  process.env = { ...env };
});

const request = (path: string) => new NextRequest(`http://evil.example${path}`, { headers: forged });

describe("with a forged Host header", () => {
  it("route-handler redirects stay relative: the audit and plan exports and the inbox", async () => {
    actAs(null);
    const audit = await auditExport(request("/admin/audit/export.csv?action=unit."));
    expect(audit.status).toBe(303);
    expect(audit.headers.get("location")).toBe("/login?callbackUrl=%2Fadmin%2Faudit%3Faction%3Dunit.");

    const plan = await planExport(request("/admin/plan/2040/export.csv"), {
      params: Promise.resolve({ year: "2040" }),
    });
    expect(plan.headers.get("location")).toBe("/login?callbackUrl=%2Fadmin%2Fplan%2F2040");

    const inbox = await inboxOpen(request("/my/inbox/5"), { params: Promise.resolve({ id: "5" }) });
    expect(inbox.headers.get("location")).toBe("/login?callbackUrl=%2Fmy%2Finbox%2F5");
  });

  it("feed links use the configured public origin", async () => {
    await createPlan(2041);
    await createPlanActivity(2041, { plannedDate: new Date(Date.UTC(2041, 2, 10)) });
    const feed = await planFeed(request("/zh-CN/plan.ics/year-2041"), {
      params: Promise.resolve({ locale: "zh-CN", filter: ["year-2041"] }),
    });
    const body = await feed.text();
    expect(body).toContain("https://portal.example.cn/activities/");
    expect(body).not.toContain("evil.example");
  });

  it("the activation link an approval makes uses the configured public origin", async () => {
    const application = await createApplication();
    actAs(await createAdmin());
    const state = await approveApplication(initialFormState, formData(approveFields(application)));
    expect(state.ok).toBe(true);
    expect(String(state.data?.activationLink)).toMatch(/^https:\/\/portal\.example\.cn\/activate\//);
  });

  it("next-auth's redirect after sign-in or sign-out goes to a same-site path on the public origin", async () => {
    const redirect = authOptions.callbacks!.redirect!;
    const baseUrl = "https://evil.example";
    expect(await redirect({ url: "/my?tab=1", baseUrl })).toBe("https://portal.example.cn/my?tab=1");
    expect(await redirect({ url: "https://evil.example/admin", baseUrl })).toBe(
      "https://portal.example.cn/admin",
    );
    for (const url of ["//evil.example", "/\\evil.example", "/%2f%2fevil.example", "javascript:alert(1)"]) {
      expect(await redirect({ url, baseUrl })).toBe("https://portal.example.cn/");
    }
  });
});
