import type { Page } from "@playwright/test";
import { expect, test } from "./fresh-server";
import { AuthPages, demo } from "./pages";

// Issue 16, what a further new-user review found: checkboxes apart from their labels, the
// solver's internal numbers, a bare parser message for a block-out without times, a
// release that changed nothing, the rooms and sessions tables on a phone, a team that
// declined still shown its slot, and an accepted pitch without a way to upload its deck.

const founder1 = { email: "founder1@pitchline.test", password: "founder-demo-pass" };
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/** Every labelled checkbox in the page's main part sits on its label's first line, before its text. */
async function expectCheckboxesInline(page: Page) {
  const boxes = page.locator("main input[type=checkbox]:visible");
  const n = await boxes.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const placed = await boxes.nth(i).evaluate((el) => {
      const input = el as HTMLInputElement;
      const label =
        input.closest("label") ?? (input.id ? document.querySelector(`label[for="${input.id}"]`) : null);
      if (!label) return "no label";
      const b = input.getBoundingClientRect();
      const mid = b.top + b.height / 2;
      const range = document.createRange();
      const text = Array.from(label.childNodes).find((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim() !== "");
      if (text) range.selectNodeContents(text);
      else range.selectNodeContents(label);
      const first = range.getClientRects()[0] ?? label.getBoundingClientRect();
      const inline = mid >= first.top - 2 && mid <= first.bottom + 2 && b.right <= first.left + 2;
      return inline ? "inline" : `apart: box ${JSON.stringify(b)} text ${JSON.stringify(first)} (${label.textContent})`;
    });
    if (placed !== "no label") expect(placed).toBe("inline");
  }
}

test("checkboxes sit on their label's line on the setup page and the schedule's move form", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.logIn(demo.staff.email, demo.staff.password);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/judging/setup");
  await expectCheckboxesInline(page);
  await page.goto("/staff/schedule");
  await expect(page.getByLabel("Save anyway").first()).toBeVisible();
  await expectCheckboxesInline(page);
});

test("the solver's proposal says how many startups get a slot, not its cost", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.logIn(demo.staff.email, demo.staff.password);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/schedule");
  await page.getByRole("button", { name: "Solve" }).click();
  const proposal = page.getByRole("region", { name: "The solver's proposal" });
  await expect(proposal.getByText(/startups? gets? a slot/)).toBeVisible();
  await expect(proposal.getByText(/lower bound|Cost \d/)).toHaveCount(0);
});

test("a block-out without times and a release that changed nothing are said plainly @nojs", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.logIn(demo.staff.email, demo.staff.password);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/schedule");
  await page.getByLabel("Note (optional)").fill("Lunch with sponsors");
  await page.getByLabel("From", { exact: true }).fill("");
  await page.getByLabel("To", { exact: true }).fill("");
  await page.getByRole("button", { name: "Block out" }).click();
  await expect(page.getByText("Enter a start and an end time, e.g. 13:00 and 14:00.")).toBeVisible();
  await expect(page.getByLabel("Note (optional)")).toHaveValue("Lunch with sponsors");

  // The demo draft is what 'Programme v1' released: releasing it again makes no version.
  await expect(page.getByText(/The version name is public/)).toBeVisible();
  await page.getByLabel("Version name").fill("Programme v2");
  await page.getByRole("button", { name: "Release this draft" }).click();
  await expect(page.getByText(/Nothing changed since v1 \(Programme v1\)/)).toBeVisible();
});

test("on a phone every room's and session's actions are on screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const auth = new AuthPages(page);
  await auth.logIn(demo.staff.email, demo.staff.password);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/rounds");
  const actions = page.locator("main").getByRole("button", { name: /^Remove/ });
  const live = page.locator("main").getByRole("link", { name: "Run live" });
  expect(await actions.count()).toBeGreaterThan(0);
  expect(await live.count()).toBeGreaterThan(0);
  for (const group of [actions, live]) {
    for (let i = 0; i < (await group.count()); i++) {
      const box = await group.nth(i).boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
  }
});

test("an accepted founder uploads the stage deck and confirms; then declines and reads the slot released @nojs", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.logIn(founder1.email, founder1.password);
  await expect(page).toHaveURL(/\/founder$/);
  await page.locator("main a[href$='/pitch']").first().click();

  // The deck card of an accepted pitch offers the upload.
  const deck = page.locator("section#deck");
  await deck.getByLabel(/Deck \(PDF\)|Replace the deck/).setInputFiles({ name: "stage.pdf", mimeType: "application/pdf", buffer: PDF });
  await deck.getByRole("button", { name: "Upload deck" }).click();
  await expect(page.getByText("Deck uploaded.")).toBeVisible();

  // Once confirmed, confirming is no longer the primary action.
  const card = page.locator("section#attendance");
  await card.getByRole("button", { name: "Confirm: we will pitch" }).click();
  await expect(page.getByText("Thank you: you confirmed you will pitch.")).toBeVisible();
  const again = page.locator("section#attendance").getByRole("button", { name: "Confirmed: we will pitch" });
  await expect(again).toBeVisible();
  await expect(again).not.toHaveClass(/primary/);

  // Declining releases the slot: the founder reads so instead of the slot.
  await page.locator("section#attendance").getByText("We cannot pitch…").click();
  await page.locator("section#attendance").getByRole("button", { name: "Decline: we will not pitch" }).click();
  await expect(page.locator("section#attendance").getByText(/You declined on/)).toBeVisible();
  await expect(page.getByText("Your slot is released: you declined to pitch.")).toBeVisible();
  await auth.logOut();

  // Staff see the slot it still holds as a broken rule, in words.
  await auth.logIn(demo.staff.email, demo.staff.password);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/schedule");
  await expect(page.getByText(/Tidal Grid still holds .* but its team declined to pitch/).first()).toBeVisible();
});
