import type { Page } from "@playwright/test";
import { tapMenuLink } from "./nav";

/** Demo accounts created by the seed (see prisma/seed). */
export const demoPassword = "Runzhou#2023";
export const accounts = {
  admin: "admin",
  chinaPost: "china-post-zhenjiang",
  ruixiang: "ruixiang-tech",
} as const;

export async function signIn(page: Page, login: string, password = demoPassword, callbackUrl?: string) {
  await page.goto(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login");
  await submitSignIn(page, login, password);
}

/** Signs in from the page already open, as a person does: the header's (phone: menu's) sign-in link. */
export async function signInByTapping(page: Page, login: string, password = demoPassword) {
  await tapMenuLink(page, /^登录$|^Sign in$/);
  await submitSignIn(page, login, password);
}

/** Fills and submits the sign-in form already shown. */
export async function submitSignIn(page: Page, login: string, password = demoPassword) {
  await page.getByLabel(/登录名或手机号|Login name or mobile number/).fill(login);
  await page.getByLabel(/^密码$|^Password$/).fill(password);
  await page.getByRole("button", { name: /^登录$|^Sign in$/ }).click();
}
