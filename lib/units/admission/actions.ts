"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { everyUnitPage, unitChanged } from "@/lib/core/site/revalidate-public";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { clientIp } from "@/lib/core/http/request-info";
import { publicOrigin } from "@/lib/core/http/public-origin";
import { approveApplication as approve } from "./approve-application";
import { rejectApplication as reject, requestMoreInfo } from "./decide-application";
import { replyToRequest } from "./reply-to-request";
import { submitApplication as submit } from "./submit-application";
import { applySchema, approveSchema, rejectSchema, replySchema, requestInfoSchema } from "./schemas";

const reviewPaths = (input: { id: number }) => ["/admin/applications", `/admin/applications/${input.id}`];

/** A visitor applies to join (public, rate-limited per address). */
export async function submitApplication(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: applySchema,
    authorize: "public",
    run: async (input) => {
      const { reference } = await submit(input, await clientIp());
      return success("units.admission.apply.submitted", { reference });
    },
    revalidate: ["/admin/applications"],
  });
}

/** The applicant answers a request for more information (reference + mobile prove who they are). */
export async function replyToApplication(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: replySchema,
    authorize: "public",
    run: async (input) => {
      await replyToRequest(input);
      return success("units.admission.apply.replySent");
    },
    revalidate: ["/join/status", "/admin/applications"],
  });
}

export async function requestApplicationInfo(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: requestInfoSchema,
    authorize: "membership.review",
    run: async (input, actor) => {
      await requestMoreInfo(actor.id, input);
      return success("units.admission.review.infoRequested");
    },
    revalidate: reviewPaths,
  });
}

export async function rejectApplication(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: rejectSchema,
    authorize: "membership.review",
    run: async (input, actor) => {
      await reject(actor.id, input);
      return success("units.admission.review.rejected");
    },
    revalidate: reviewPaths,
  });
}

/**
 * Admits the organisation. The activation link is shown once in the result and, when mail is
 * configured, queued for the secretary by email with the approval (the mail worker sends it,
 * so the admin never waits on a mail server).
 */
export async function approveApplication(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: approveSchema,
    authorize: "membership.review",
    run: async (input, actor) => {
      const approval = await approve(actor.id, input, publicOrigin());
      const key = approval.mailQueued
        ? "units.admission.review.approvedMailed"
        : "units.admission.review.approvedNoMail";
      return success(key, {
        activationLink: approval.link,
        mailSent: approval.mailQueued,
        unitSlug: approval.unit.slug,
        login: approval.secretary.login,
      });
    },
    // A new unit in the directory (and the home page's count); its address may have been
    // asked for before (a cached "not found").
    revalidate: (input) => [...reviewPaths(input), "/admin", ...unitChanged(), ...everyUnitPage()],
  });
}
