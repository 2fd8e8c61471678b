import { type Page } from "@playwright/test";
import { expect, test } from "./fresh-server";
import { AuthPages, demo } from "./pages";

// The staff schedule's day grid (rooms × slot times), drag and drop onto a free cell
// (with JavaScript), the one move form (without), a phone-width grid, and the copy
// button of the personal calendar link. The demo edition's first day has "Clean
// energy I" in Main Hall, 09:00–10:30 in 12-minute slots, with Tidal Grid placed.

async function openSchedule(page: Page) {
  await new AuthPages(page).logIn(demo.staff.email, demo.staff.password);
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto("/staff/schedule");
  await expect(page.getByRole("heading", { name: "Schedule", level: 1 })).toBeVisible();
}

/** The grid cell of a session's slot, by its title "Session · 09:45–09:57". */
function slot(page: Page, session: string, starts: string) {
  return page.getByRole("region", { name: /^Grid · / }).first().locator(`td[title^="${session} · ${starts}"]`);
}

test("staff see the day grid and move a startup with the move form @nojs", async ({ page }) => {
  await openSchedule(page);
  const grid = page.getByRole("region", { name: /^Grid · / }).first();
  await expect(grid.getByRole("columnheader", { name: "Main Hall" })).toBeVisible();
  await expect(grid.getByRole("rowheader", { name: "09:15" })).toBeVisible();
  await expect(grid.locator("td.filled", { hasText: "Tidal Grid" })).toHaveCount(1);

  const move = page.getByRole("region", { name: "Move a startup" });
  await move.getByLabel("Startup", { exact: true }).selectOption({ label: "Tidal Grid" });
  await move.getByLabel("Move to").selectOption({ label: "Clean energy I, 10:15" });
  await move.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("Draft schedule changed.")).toBeVisible();
  await expect(slot(page, "Clean energy I", "10:15")).toContainText("Tidal Grid");
});

test("staff drag a startup onto a free cell; after a reload it is there", async ({ page }) => {
  await openSchedule(page);
  const card = page.locator("[data-submission]", { hasText: "Tidal Grid" });
  const target = slot(page, "Clean energy I", "09:45");
  await expect(target).toContainText("Free");
  // The island is hydrated once its listeners are on: wait for the page to settle.
  await page.waitForLoadState("networkidle");
  await card.dragTo(target);
  await expect(page.getByText("Draft schedule changed.")).toBeVisible();
  await page.reload();
  await expect(slot(page, "Clean energy I", "09:45")).toContainText("Tidal Grid");
});

test("a drag that would break a hard rule is refused in words and nothing moves", async ({ page }) => {
  await openSchedule(page);
  // An AI session on the first day: Tidal Grid (clean energy) does not belong there.
  await page.getByRole("link", { name: "Rooms and sessions" }).click();
  const form = page.getByRole("region", { name: "Add a pitch session" });
  await form.getByLabel("Title").fill("AI I");
  await form.getByLabel("Track", { exact: true }).selectOption({ label: "AI" });
  await form.getByLabel("Room", { exact: true }).selectOption({ label: "Innovation Stage" });
  await form.getByLabel("Starts").fill("11:00");
  await form.getByLabel("Ends").fill("12:00");
  await form.getByRole("button", { name: "Save session" }).click();
  await expect(page.getByText("Pitch session saved.")).toBeVisible();
  await page.goto("/staff/schedule");
  await page.waitForLoadState("networkidle");

  const before = await page.locator("td.filled", { hasText: "Tidal Grid" }).getAttribute("title");
  await page.locator("[data-submission]", { hasText: "Tidal Grid" }).dragTo(slot(page, "AI I", "11:00"));
  const refusal = page.locator(".drag-refusal");
  await expect(refusal).toContainText("Not moved:");
  await expect(refusal).toContainText(/track/i);
  await expect(refusal.getByRole("button", { name: "Save anyway" })).toBeVisible();
  await page.reload();
  await expect(page.locator("td.filled", { hasText: "Tidal Grid" })).toHaveAttribute("title", before ?? "");
  await expect(slot(page, "AI I", "11:00")).toContainText("Free");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the grid scrolls inside its own box at 390 px @nojs", async ({ page }) => {
    await openSchedule(page);
    const box = page.locator(".grid-wrap").first();
    await expect(box).toBeVisible();
    const { inner, outer } = await box.evaluate((el) => ({ inner: el.scrollWidth, outer: el.clientWidth }));
    expect(outer).toBeLessThanOrEqual(390);
    expect(inner).toBeGreaterThan(outer);
  });
});

test.describe("the calendar link", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });
  test("the copy button copies the personal calendar link and says so", async ({ page }) => {
    await new AuthPages(page).logIn("founder1@pitchline.test", "founder-demo-pass");
    const card = page.getByRole("region", { name: "Calendar feed" });
    await card.getByRole("button", { name: "Create a calendar link" }).click();
    await expect(page.getByText("Calendar link created.").first()).toBeVisible();
    const url = await page.locator("input.feed-url").inputValue();
    expect(url).toContain("/calendar/");
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByText("Copied", { exact: true })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  });
});
