import { expect, test } from "./fresh-server";
import { AuthPages, demo } from "./pages";

// Issue 10 on the day: the demo opens "Clean energy I" with Tidal Grid on stage. A judge
// scores it from a phone; the staff board in another browser fills in by itself (server
// push, no reload); staff close the session, name the winner and release the results,
// which the public agenda then shows.

test("a judge scores the startup on stage from a phone and the staff board shows it without a reload; staff close, name a winner and release", async ({ browser, baseURL }) => {
  const staffContext = await browser.newContext({ baseURL });
  const staff = await staffContext.newPage();
  await new AuthPages(staff).logIn(demo.staff.email, demo.staff.password);
  await staff.goto("/staff/rounds");
  await staff.getByRole("link", { name: "Run live" }).first().click();
  await expect(staff.getByRole("heading", { name: /Run of show · Clean energy I/ })).toBeVisible();
  const runOfShow = staff.url();
  await staff.getByRole("link", { name: "Missing scores" }).click();
  const tidalRow = staff.getByRole("row").filter({ hasText: "Tidal Grid" });
  await expect(tidalRow.locator('td[data-cell="missing"]').first()).toBeVisible();
  await expect(tidalRow.locator('td[data-cell="scored"]')).toHaveCount(0);

  // The judge, standing, on a phone.
  const judgeContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const judge = await judgeContext.newPage();
  await new AuthPages(judge).logIn("investor1@pitchline.test", "investor-demo-pass");
  await judge.goto("/judge/live");
  await judge.getByRole("link", { name: "Clean energy I" }).click();
  await expect(judge.getByRole("heading", { name: "Tidal Grid", level: 1 })).toBeVisible();
  const groups = judge.getByRole("radiogroup");
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await groups.nth(i).locator("label", { hasText: /^4$/ }).click();
  }
  await judge.getByRole("button", { name: "Submit score" }).click();
  await expect(judge.getByText("Score saved.")).toBeVisible();
  const width = await judge.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);

  // The staff board, never reloaded, shows the score within two seconds.
  await expect(tidalRow.locator('td[data-cell="scored"]')).toHaveCount(1, { timeout: 2_000 });

  // Close, name the winner, release; the public agenda shows it.
  await staff.goto(runOfShow);
  await staff.getByRole("button", { name: "Close session" }).click();
  await expect(staff.getByText("Session closed: the ranking is below.")).toBeVisible();
  await staff.getByRole("button", { name: "Winner of its track (Tidal Grid)" }).click();
  await expect(staff.getByText("Awards updated.")).toBeVisible();
  await staff.getByRole("button", { name: "Release results on the agenda and tell the founders" }).click();
  await expect(staff.getByText(/Results released on the agenda/)).toBeVisible();

  const visitorContext = await browser.newContext({ baseURL });
  const visitor = await visitorContext.newPage();
  await visitor.goto("/agenda");
  const results = visitor.getByRole("region", { name: "Results" });
  await expect(results).toContainText("Tidal Grid");
  await expect(results).toContainText("Winner");
  await visitorContext.close();
  await staffContext.close();
  await judgeContext.close();
});
