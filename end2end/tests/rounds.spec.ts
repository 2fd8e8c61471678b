import { type Page } from "@playwright/test";
import { expect, test } from "./fresh-server";
import { AuthPages, demo } from "./pages";

// Pitch rounds as staff run them: rooms and sessions, a hand move with a lock, the
// solver's proposal accepted, a release; then what the founder and the public see.
// The demo edition starts with "Main Hall", "Innovation Stage" and "Programme v1"
// (Tidal Grid pitches in "Clean energy I").

async function addRoom(page: Page, name: string) {
  const rooms = page.getByRole("region", { name: "Rooms" });
  await rooms.getByLabel("Room name").fill(name);
  await rooms.getByLabel("Capacity (seats)").fill("80");
  await rooms.getByRole("button", { name: "Add a room" }).click();
  await expect(page.getByText("Room saved.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Rooms" }).getByRole("cell", { name, exact: true })).toBeVisible();
}

async function addSession(page: Page, s: { title: string; track: string; room: string; starts: string; ends: string }) {
  const form = page.getByRole("region", { name: "Add a pitch session" });
  await form.getByLabel("Title").fill(s.title);
  await form.getByLabel("Track", { exact: true }).selectOption({ label: s.track });
  await form.getByLabel("Room", { exact: true }).selectOption({ label: s.room });
  await form.getByLabel("Starts").fill(s.starts);
  await form.getByLabel("Ends").fill(s.ends);
  await form.getByLabel("Smallest panel (judges)").fill("1");
  await form.getByLabel("Largest panel (judges)").fill("2");
  await form.getByRole("button", { name: "Save session" }).click();
}

test("staff set up rounds, move a startup by hand, accept a solve and release; the founder and the public see it @nojs", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.logIn(demo.staff.email, demo.staff.password);
  await page.goto("/staff");
  await page.getByRole("link", { name: /^Pitch rounds/ }).click();
  await expect(page.getByRole("heading", { name: "Pitch rounds", level: 1 })).toBeVisible();

  await addRoom(page, "Hall A");
  await addRoom(page, "Hall B");
  await addSession(page, { title: "Clean energy II", track: "Clean energy", room: "Hall A", starts: "11:00", ends: "12:00" });
  await expect(page.getByText("Pitch session saved.")).toBeVisible();
  await addSession(page, { title: "AI I", track: "AI", room: "Hall B", starts: "11:00", ends: "12:00" });
  await expect(page.getByText("Pitch session saved.")).toBeVisible();
  // A third session in Hall A at an overlapping time: refused beside the field, typed title kept.
  await addSession(page, { title: "Fintech I", track: "Fintech", room: "Hall A", starts: "11:30", ends: "12:30" });
  await expect(page.getByText('The room is taken then by "Clean energy II".')).toBeVisible();
  const form = page.getByRole("region", { name: "Add a pitch session" });
  await expect(form.getByLabel("Title")).toHaveValue("Fintech I");
  await form.getByLabel("Room", { exact: true }).selectOption({ label: "Hall B" });
  await form.getByLabel("Starts").fill("13:00");
  await form.getByLabel("Ends").fill("14:00");
  await form.getByRole("button", { name: "Save session" }).click();
  await expect(page.getByText("Pitch session saved.")).toBeVisible();
  const sessions = page.getByRole("region", { name: "Pitch sessions" });
  for (const title of ["Clean energy I", "Clean energy II", "AI I", "Fintech I"]) {
    await expect(sessions.getByRole("cell", { name: title, exact: true })).toBeVisible();
  }

  // The schedule: move Tidal Grid by hand into Clean energy II and lock it there.
  await page.getByRole("link", { name: "Open the schedule" }).click();
  await expect(page.getByRole("heading", { name: "Schedule", level: 1 })).toBeVisible();
  // The grid cell's "Move…" link chooses Tidal Grid in the one move form.
  await page.getByRole("link", { name: "Move Tidal Grid" }).click();
  const move = page.getByRole("region", { name: "Move a startup" });
  await expect(move.getByLabel("Startup", { exact: true })).toHaveValue(/.+/);
  await move.getByLabel("Move to").selectOption({ label: "Clean energy II, 11:00" });
  await move.getByLabel("Lock here").check();
  await move.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("Draft schedule changed.")).toBeVisible();
  // Nobody judges Clean energy II yet: the rules say so, and it blocks release.
  const rules = page.getByRole("region", { name: "Rules" });
  await expect(rules.getByText("Clean energy II has 0 judge(s); it needs at least 1.")).toBeVisible();

  // Solve: the proposal seats a judge there; accept it.
  await page.getByRole("button", { name: "Solve" }).click();
  const proposal = page.getByRole("region", { name: "The solver's proposal" });
  await expect(proposal.getByText(/joins the panel of Clean energy II/)).toBeVisible();
  await proposal.getByRole("button", { name: "Accept these changes" }).click();
  await expect(page.getByText("The solver's schedule is now the draft.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Rules" }).getByText("The draft breaks no rule.")).toBeVisible();
  const grid = page.getByRole("region", { name: /^Grid · / });
  await expect(grid.locator('td[title^="Clean energy II · 11:00"]')).toContainText("Tidal Grid");
  await expect(grid.locator('td[title^="Clean energy II · 11:00"]')).toContainText("Locked");

  // Release version 2.
  const release = page.getByRole("region", { name: "Release" });
  await release.getByLabel("Version name").fill("Programme v2");
  await release.getByLabel("What changed (optional)").fill("Tidal Grid moves to Hall A at 11:00.");
  await release.getByRole("button", { name: "Release this draft" }).click();
  await expect(page.getByText("Schedule released.", { exact: false })).toBeVisible();
  await expect(page.getByRole("region", { name: "Release" }).getByText("Programme v2")).toBeVisible();

  // Tidal Grid's founder was told, with the new place.
  await page.goto("/staff/outbox");
  const mail = page.locator(".outbox-item", { hasText: "founder1@pitchline.test" }).filter({ hasText: "Programme v2" }).first();
  await expect(mail).toContainText("Tidal Grid pitches");
  await expect(mail).toContainText("Hall A");
  await auth.logOut();

  // The founder sees the slot on their home page.
  await auth.logIn("founder1@pitchline.test", "founder-demo-pass");
  const mine = page.getByRole("region", { name: "Your agenda" });
  await expect(mine).toContainText("Tidal Grid pitches");
  await expect(mine).toContainText("11:00–11:12 in Hall A (Clean energy II)");
  // …and on the pitch's own page, with the version it comes from.
  await page.locator("main a[href$='/pitch']").first().click();
  const slot = page.getByRole("region", { name: "Your pitch slot" });
  await expect(slot).toContainText("Clean energy II, Hall A: 11:00–11:12");
  await expect(slot).toContainText('From the released programme "Programme v2".');
  await auth.logOut();

  // The public agenda shows the released version, filtered by room.
  await page.goto("/agenda");
  await expect(page.getByText('Version "Programme v2"', { exact: false })).toBeVisible();
  await page.getByLabel("Room").selectOption("Hall A");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("heading", { name: "Clean energy II" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "AI I" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Tidal Grid" })).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the public agenda reads at 390 px without sideways scrolling @nojs", async ({ page }) => {
    await page.goto("/agenda");
    await expect(page.getByRole("heading", { name: "Clean energy I", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Tidal Grid" })).toBeVisible();
    await page.waitForLoadState("load");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });
});
