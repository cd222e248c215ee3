import type { Page } from "@playwright/test";

/** Demo accounts created by the seed (see prisma/seed). */
export const demoPassword = "Runzhou#2023";
export const accounts = {
  admin: "admin",
  chinaPost: "china-post-zhenjiang",
  ruixiang: "ruixiang-tech",
} as const;

export async function signIn(page: Page, login: string, password = demoPassword, callbackUrl?: string) {
  await page.goto(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login");
  await page.getByLabel(/登录名或手机号|Login name or mobile number/).fill(login);
  await page.getByLabel(/^密码$|^Password$/).fill(password);
  await page.getByRole("button", { name: /^登录$|^Sign in$/ }).click();
}
