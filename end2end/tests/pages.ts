import { expect, type Browser, type Page } from "@playwright/test";

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

/** The link of the newest outbox message to `email` whose text holds `containing`, read
 * as staff in a separate browser (without SMTP, as in the demo and these tests, the
 * staff outbox is where the mail waits, with live links). */
export async function outboxLink(browser: Browser, email: string, containing: string): Promise<string> {
  const context = await browser.newContext();
  const staff = await context.newPage();
  await new AuthPages(staff).logIn(demo.staff.email, demo.staff.password);
  await expect(staff).toHaveURL(/\/staff$/);
  await staff.goto("/staff/outbox");
  const message = staff.locator(".outbox-item", { hasText: email }).filter({ hasText: containing }).first();
  const link = await message.getByRole("link").first().getAttribute("href");
  await context.close();
  expect(link).toContain(containing);
  return link!;
}

/** A new founder signs up, hears "check your inbox", opens the link the email carries
 * (from the staff outbox) in `page`, confirms, and ends logged in on the founder home. */
export async function signUpAndVerify(
  page: Page,
  browser: Browser,
  who: { name: string; email: string; password: string },
) {
  const email = who.email.toLowerCase();
  await new AuthPages(page).signUp(who.name, who.email, who.password);
  await expect(page.getByText(`Check your inbox: we sent a link to ${email} to finish signing up.`)).toBeVisible();
  const link = await outboxLink(browser, email, "/verify-email?token=");
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm and log in" }).click();
  await expect(page).toHaveURL(/\/founder$/);
}
