import { expect, type Page } from "@playwright/test";

/** A fresh address for each call: one spec file shares one server (and database) across its tests. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

export const demo = {
  staff: { email: "staff@pitchline.test", password: "staff-demo-pass" },
};

/** On a narrow screen the navigation folds under its menu button: open it (a no-op on wide screens). */
export async function openMenuIfFolded(page: Page) {
  const menu = page.locator("header summary.nav-toggle");
  if (!(await menu.isVisible())) return;
  const open = await menu.evaluate((el) => (el.parentElement as HTMLDetailsElement).open);
  if (!open) await menu.click();
}

export class AuthPages {
  constructor(private page: Page) {}

  async signUp(name: string, email: string, password: string) {
    await this.page.goto("/signup");
    await this.page.getByLabel("Your name").fill(name);
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password", { exact: true }).fill(password);
    await this.page.getByRole("button", { name: "Create account" }).click();
  }

  async logIn(email: string, password: string) {
    await this.page.goto("/login");
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password", { exact: true }).fill(password);
    await this.page.getByRole("button", { name: "Log in" }).click();
  }

  async logOut() {
    await openMenuIfFolded(this.page);
    await this.page.getByRole("button", { name: "Log out" }).click();
    await expect(this.page.getByText("You are logged out.")).toBeVisible();
  }
}
