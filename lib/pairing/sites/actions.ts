"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { siteChanged } from "@/lib/core/site/revalidate-public";
import { deleteLogEntry as deleteLogEntryMutation } from "./delete-log-entry";
import {
  addLogEntry as addLogEntryMutation,
  updateLogEntry as updateLogEntryMutation,
} from "./save-log-entry";
import { createSite as createSiteMutation, updateSite as updateSiteMutation } from "./save-site";
import { addSiteUnit as addSiteUnitMutation, removeSiteUnit as removeSiteUnitMutation } from "./site-units";
import {
  addLogEntrySchema,
  addSiteUnitSchema,
  createSiteSchema,
  deleteLogEntrySchema,
  removeSiteUnitSchema,
  updateLogEntrySchema,
  updateSiteSchema,
} from "./schemas";

// Service sites, the units serving them and their service log are the district committee's
// records: every action needs sites.manage (admins). The log's own entries written by activity
// reports go through the report's action (lib/activities/reports), not these.
const adminPages = (input: { siteId: number }) => ["/admin/sites", `/admin/sites/${input.siteId}`];

export async function createSite(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: createSiteSchema,
    authorize: "sites.manage",
    run: async (input, actor) =>
      success("pairing.sites.created", { id: await createSiteMutation(actor, input) }),
    revalidate: ["/admin/sites", ...siteChanged()],
  });
}

export async function updateSite(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateSiteSchema,
    authorize: "sites.manage",
    run: async (input, actor) => {
      await updateSiteMutation(actor, input);
      return success("pairing.sites.saved");
    },
    // A renamed site is named on the unit pages' service-site sections too.
    revalidate: (input) => [...adminPages(input), ...siteChanged({ log: true })],
  });
}

export async function addSiteUnit(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: addSiteUnitSchema,
    authorize: "sites.manage",
    run: async (input, actor) => {
      await addSiteUnitMutation(actor, input);
      return success("pairing.sites.unitAdded");
    },
    revalidate: (input) => [...adminPages(input), ...siteChanged({ log: true })],
  });
}

export async function removeSiteUnit(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: removeSiteUnitSchema,
    authorize: "sites.manage",
    run: async (input, actor) => {
      await removeSiteUnitMutation(actor, input);
      return success("pairing.sites.unitRemoved");
    },
    revalidate: (input) => [...adminPages(input), ...siteChanged({ log: true })],
  });
}

export async function addLogEntry(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: addLogEntrySchema,
    authorize: "sites.manage",
    run: async (input, actor) =>
      success("pairing.sites.entryAdded", { id: await addLogEntryMutation(actor, input) }),
    revalidate: (input) => [...adminPages(input), ...siteChanged({ log: true })],
  });
}

export async function updateLogEntry(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: updateLogEntrySchema,
    authorize: "sites.manage",
    run: async (input, actor) => {
      await updateLogEntryMutation(actor, input);
      return success("pairing.sites.entrySaved");
    },
    revalidate: (input) => [
      ...adminPages(input),
      `/admin/sites/${input.siteId}/log/${input.entryId}`,
      ...siteChanged({ log: true }),
    ],
  });
}

export async function deleteLogEntry(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: deleteLogEntrySchema,
    authorize: "sites.manage",
    run: async (input, actor) => {
      await deleteLogEntryMutation(actor, input);
      return success("pairing.sites.entryDeleted");
    },
    revalidate: (input) => [...adminPages(input), ...siteChanged({ log: true })],
  });
}
