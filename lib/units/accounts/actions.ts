"use server";

import { runAction } from "@/lib/core/actions/run-action";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { addAdmin as addAdminMutation } from "./add-admin";
import { addSecretary as addSecretaryMutation } from "./add-secretary";
import { editUser as editUserMutation } from "./edit-user";
import type { IssuedPassword } from "./issued-account";
import { replaceSecretary as replaceSecretaryMutation } from "./replace-secretary";
import { resetPassword as resetPasswordMutation } from "./reset-password";
import {
  addAdminSchema,
  addSecretarySchema,
  editUserSchema,
  replaceSecretarySchema,
  userIdSchema,
} from "./schemas";
import {
  deactivateUser as deactivateMutation,
  reactivateUser as reactivateMutation,
} from "./set-user-active";

// Every account change is for admins only (users.manage); the mutations check the rules.
const listPath = "/admin/users";
const userPaths = (input: { userId: number }) => [listPath, `${listPath}/${input.userId}`];

/** The temporary password goes back in this one response only; it is stored nowhere in clear. */
function issued(key: string, result: IssuedPassword): FormState {
  return success(key, { ...result });
}

export async function addSecretary(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: addSecretarySchema,
    authorize: "users.manage",
    run: async (input, actor) =>
      issued("units.accounts.results.secretaryAdded", await addSecretaryMutation(actor.id, input)),
    revalidate: [listPath],
  });
}

export async function addAdmin(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: addAdminSchema,
    authorize: "users.manage",
    run: async (input, actor) =>
      issued("units.accounts.results.adminAdded", await addAdminMutation(actor.id, input)),
    revalidate: [listPath],
  });
}

export async function replaceSecretary(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: replaceSecretarySchema,
    authorize: "users.manage",
    run: async (input, actor) =>
      issued("units.accounts.results.secretaryReplaced", await replaceSecretaryMutation(actor.id, input)),
    revalidate: userPaths,
  });
}

export async function editUser(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: editUserSchema,
    authorize: "users.manage",
    run: async (input, actor) => {
      await editUserMutation(actor.id, input);
      return success("units.accounts.results.saved");
    },
    revalidate: userPaths,
  });
}

export async function resetPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: userIdSchema,
    authorize: "users.manage",
    run: async (input, actor) =>
      issued("units.accounts.results.passwordReset", await resetPasswordMutation(actor.id, input.userId)),
    revalidate: userPaths,
  });
}

export async function deactivateUser(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: userIdSchema,
    authorize: "users.manage",
    run: async (input, actor) => {
      await deactivateMutation(actor.id, input.userId);
      return success("units.accounts.results.deactivated", { selfDeactivated: input.userId === actor.id });
    },
    revalidate: userPaths,
  });
}

export async function reactivateUser(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: userIdSchema,
    authorize: "users.manage",
    run: async (input, actor) => {
      await reactivateMutation(actor.id, input.userId);
      return success("units.accounts.results.reactivated");
    },
    revalidate: userPaths,
  });
}
