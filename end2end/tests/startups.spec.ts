import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fresh-server";
import { AuthPages, demo, uniqueEmail, signUpAndVerify } from "./pages";

// A 1×1 PNG and the smallest PDF a reader accepts: real magic bytes, tiny files.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** The link of the newest outbox message to `email`, read as staff in a separate browser. */
async function linkSentTo(browser: Browser, email: string): Promise<string> {
  const page = await newPage(browser);
  const auth = new AuthPages(page);
  await auth.logIn(demo.staff.email, demo.staff.password);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/outbox");
  const message = page.locator(".outbox-item", { hasText: email }).first();
  const link = await message.getByRole("link").first().getAttribute("href");
  await page.context().close();
  expect(link).toBeTruthy();
  return link!;
}

async function fillProfile(page: Page, name: string) {
  await page.getByLabel("Startup name").fill(name);
  await page.getByLabel("One-liner").fill("Batteries that trade harbour power.");
  await page.getByLabel("Sectors").fill("Clean energy, storage");
  await page.getByLabel("Stage").selectOption("seed");
  await page.getByLabel("Country").selectOption("CN");
  await page.getByLabel("City").fill("Shanghai");
  await page.getByLabel("Founded (year)").fill("2023");
  await page.getByLabel("Team size").fill("12");
  await page.getByLabel("Amount asked").fill("1.5m");
  await page.getByLabel("Instrument").selectOption("safe");
}

test("a founder builds a startup, invites a co-founder and submits a pitch; outsiders see nothing", async ({ page, browser }) => {
  const auth = new AuthPages(page);
  await signUpAndVerify(page, browser, { name: "Lin Wei", email: uniqueEmail("founder"), password: "a long founder passphrase" });

  await page.getByRole("link", { name: "Add a startup" }).click();
  await fillProfile(page, "Harbour Cells");
  await page.getByRole("button", { name: "Create startup" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  const startupUrl = new URL(page.url()).pathname;
  expect(startupUrl).toMatch(/^\/startups\/[0-9a-f-]+$/);

  await page.getByLabel("Logo image").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByText("Logo uploaded.")).toBeVisible();
  await expect(page.getByRole("img", { name: "Harbour Cells logo" })).toBeVisible();

  const cofounder = uniqueEmail("cofounder");
  await page.getByLabel("Invite a co-founder by email").fill(cofounder);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Invitation sent.")).toBeVisible();
  await expect(page.getByText(`${cofounder} · invited`)).toBeVisible();

  await page.getByRole("link", { name: "Open the pitch for the current edition" }).click();
  await page.getByLabel("Track").selectOption("Clean energy");
  await page.getByLabel("Title").fill("Harbour Cells: storage for ports");
  await page.getByLabel("Summary").fill("Ports waste power; we store it and sell it back at the peak.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  const pitchUrl = new URL(page.url()).pathname;
  await page.getByLabel("Deck (PDF)").setInputFiles({ name: "deck.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Upload deck" }).click();
  await expect(page.getByText("Deck uploaded.")).toBeVisible();
  await page.getByRole("button", { name: "Submit pitch" }).click();
  await expect(page.getByText("Pitch submitted.")).toBeVisible();
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline).toContainText("Draft");
  await expect(timeline).toContainText("Submitted");

  // The co-founder accepts from the emailed link and edits the same startup.
  const link = await linkSentTo(browser, cofounder);
  const partner = await newPage(browser);
  await partner.goto(link);
  await expect(partner.getByText("to the team of Harbour Cells")).toBeVisible();
  await partner.getByLabel("Your name").fill("Mei Zhang");
  await partner.getByLabel("Password").fill("co-founder passphrase");
  await partner.getByRole("button", { name: "Create my account and join" }).click();
  await expect(partner.getByText("Welcome to the team.")).toBeVisible();
  await partner.getByLabel("One-liner").fill("Harbour batteries, now with two founders.");
  await partner.getByRole("button", { name: "Save profile" }).click();
  await expect(partner.getByText("Profile saved.")).toBeVisible();
  await expect(partner.getByLabel("One-liner")).toHaveValue("Harbour batteries, now with two founders.");

  // A third founder can open neither the startup nor its pitch.
  const outsider = await newPage(browser);
  await signUpAndVerify(outsider, browser, { name: "Out Sider", email: uniqueEmail("outsider"), password: "outsider passphrase" });
  for (const path of [startupUrl, pitchUrl]) {
    await outsider.goto(path);
    await expect(outsider.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(outsider.getByText("Harbour")).toHaveCount(0);
  }
});

test("the profile form keeps what was typed and shows each problem beside its field @nojs", async ({ page, browser }) => {
  await signUpAndVerify(page, browser, { name: "Kim Park", email: uniqueEmail("nojs"), password: "a long founder passphrase" });
  await page.goto("/startups/new");
  await fillProfile(page, "Kept Name");
  await page.getByLabel("Founded (year)").fill("1850");
  await page.getByLabel("Website").fill("not a website");
  await page.getByRole("button", { name: "Create startup" }).click();
  await expect(page.getByText("Founded must be a year from 1900")).toBeVisible();
  await expect(page.getByText("Website must be a web address")).toBeVisible();
  await expect(page.getByLabel("Startup name")).toHaveValue("Kept Name");
  await expect(page.getByLabel("Country")).toHaveValue("CN");
});

test("the public showcase lists accepted startups only and filters without JavaScript @nojs", async ({ page }) => {
  await page.goto("/showcase");
  await expect(page.getByRole("heading", { name: /Showcase/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tidal Grid", exact: true })).toBeVisible();
  await expect(page.getByText("Aurora Bio")).toHaveCount(0);
  await page.getByLabel("Stage").selectOption("growth");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No startup matches these filters yet.")).toBeVisible();
  await page.goto("/showcase");
  await page.getByRole("link", { name: "Tidal Grid", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Tidal Grid" })).toBeVisible();
  await expect(page.getByText("Batteries that trade harbour power.", { exact: true })).toBeVisible();
});

test("staff see the submissions of the edition in a table", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.logIn(demo.staff.email, demo.staff.password);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/submissions");
  await expect(page.getByRole("heading", { name: /Submissions/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Aurora Bio", exact: true })).toBeVisible();
  await page.getByLabel("Search").fill("tidal");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("link", { name: "Tidal Grid", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Aurora Bio", exact: true })).toHaveCount(0);
});
