import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { findApplicationStatus } from "@/lib/units/admission/queries";
import { initialFormState } from "@/lib/core/forms/form-state";
import { Field } from "@/components/core/forms/field";
import { ApplicationStatusBadge } from "@/components/units/admission/application-status-badge";
import { ReplyForm } from "@/components/units/admission/reply-form";
import { DetailList, DetailRow } from "@/components/ui/detail-list";
import { buttonClass } from "@/components/ui/button";
import { Card, cardClass } from "@/components/ui/card";

// Reads the query or the session: rendered per request (issue 14 makes it cacheable).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units.admission.apply");
  // The address carries a mobile number: keep it out of search engines and referrers.
  return { title: t("statusTitle"), robots: { index: false }, referrer: "no-referrer" };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const single = (value: string | string[] | undefined) =>
  typeof value === "string" ? value.slice(0, 40) : "";

/** An applicant checks their application with the reference number and the mobile number. */
export default async function JoinStatusPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const reference = single(params.reference).trim();
  const mobile = single(params.mobile).replace(/[\s-]/g, "");
  const asked = Boolean(reference && mobile);
  const application = asked ? await findApplicationStatus(reference, mobile) : null;
  const [t, format] = await Promise.all([getTranslations("units.admission.apply"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const lookupState = { ...initialFormState, values: { reference, mobile } };
  const notes = {
    PENDING: t("pendingNote"),
    NEEDS_INFO: t("needsInfoNote"),
    APPROVED: t("approvedNote"),
    REJECTED: t("rejectedNote"),
  } as const;

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("statusTitle")}</h1>
        <p className="text-stone-700">{t("statusIntro")}</p>
      </header>
      <form method="get" action="/join/status" className={cardClass("raised", "space-y-4 sm:p-6")}>
        <Field
          name="reference"
          label={t("reference")}
          hint={t("referenceHint")}
          state={lookupState}
          maxLength={20}
          required
        />
        <Field
          name="mobile"
          type="tel"
          inputMode="tel"
          label={t("mobile")}
          state={lookupState}
          maxLength={20}
          required
        />
        <button type="submit" className={buttonClass()}>
          {t("lookup")}
        </button>
      </form>

      {asked && !application ? (
        <p role="status" className="rounded bg-amber-50 p-3 text-amber-900">
          {t("notFound")}
        </p>
      ) : null}

      {application ? (
        <Card aria-labelledby="result-heading" className="space-y-4 sm:p-6">
          <h2 id="result-heading" className="text-lg font-semibold">
            {t("applicationOf", { orgName: application.orgName })}
          </h2>
          <DetailList>
            <DetailRow label={t("reference")}>
              <span className="font-mono">{application.reference}</span>
            </DetailRow>
            <DetailRow label={t("statusLabel")}>
              <ApplicationStatusBadge status={application.status} />
            </DetailRow>
            <DetailRow label={t("submittedOn")}>{when(application.createdAt)}</DetailRow>
            {application.decidedAt ? (
              <DetailRow label={t("decidedOn")}>{when(application.decidedAt)}</DetailRow>
            ) : null}
          </DetailList>
          <p className="text-stone-800">{notes[application.status]}</p>
          {application.adminMessage && application.status !== "APPROVED" ? (
            <div>
              <h3 className="text-sm font-medium text-stone-600">
                {application.status === "REJECTED" ? t("rejectionReason") : t("adminQuestion")}
              </h3>
              <p className="mt-1 whitespace-pre-line rounded bg-stone-50 p-3">{application.adminMessage}</p>
            </div>
          ) : null}
          {application.applicantReply ? (
            <div>
              <h3 className="text-sm font-medium text-stone-600">{t("yourReply")}</h3>
              <p className="mt-1 whitespace-pre-line rounded bg-stone-50 p-3">{application.applicantReply}</p>
            </div>
          ) : null}
          <ReplyForm
            reference={application.reference}
            mobile={application.mobile}
            version={application.version}
            open={application.status === "NEEDS_INFO"}
          />
        </Card>
      ) : null}

      <p>
        <Link href="/join" className="text-sm text-brand-700 underline underline-offset-2">
          {t("title")}
        </Link>
      </p>
    </div>
  );
}
