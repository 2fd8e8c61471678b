import { expect, test } from "./fresh-server";
import { AuthPages } from "./pages";

// Issue 11, the request side: the demo gives Bo (investor2) a clean-energy thesis and
// Tidal Grid (founder1) an accepted pitch. Bo sees Tidal Grid recommended with its
// reasons, asks for a meeting with a message; the founder accepts it; Bo sees it.

test("an investor sees why a startup is recommended and asks for a meeting; the founder accepts", async ({ browser, baseURL }) => {
  const investorContext = await browser.newContext({ baseURL });
  const bo = await investorContext.newPage();
  await new AuthPages(bo).logIn("investor2@pitchline.test", "investor-demo-pass");
  await bo.getByRole("link", { name: "Meetings" }).first().click();
  await expect(bo.getByRole("heading", { name: "Meetings", level: 1 })).toBeVisible();
  const tidal = bo.locator("li.suggestion").filter({ hasText: "Tidal Grid" });
  await expect(tidal).toContainText("Sectors in common: clean energy");
  await expect(tidal).toContainText("A Seed startup, a stage you fund");
  await expect(tidal).toContainText("inside your ticket");
  await tidal.getByText("Request a meeting").click();
  // Too long a message is refused beside the field, and what was typed stays.
  const long = "x".repeat(501);
  await tidal.getByLabel("Message (optional)").fill(long);
  await tidal.getByRole("button", { name: "Send request" }).click();
  await expect(tidal.getByText(/at most 500 characters/).first()).toBeVisible();
  await expect(tidal.getByLabel("Message (optional)")).toHaveValue(long);
  await tidal.getByLabel("Message (optional)").fill("Storage for ports is our thesis. Twenty minutes?");
  await tidal.getByRole("button", { name: "Send request" }).click();
  await expect(bo.getByText("Meeting requested.")).toBeVisible();
  const mine = bo.locator("li.request").filter({ hasText: "Tidal Grid" });
  await expect(mine).toContainText("Waiting for an answer");

  const founderContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const chen = await founderContext.newPage();
  await new AuthPages(chen).logIn("founder1@pitchline.test", "founder-demo-pass");
  await chen.goto("/meetings");
  const request = chen.locator("li.request").filter({ hasText: "Bo Investor" });
  await expect(request).toContainText("Storage for ports is our thesis. Twenty minutes?");
  await expect(request).toContainText("Partner, Bo Capital");
  await request.getByRole("button", { name: "Accept" }).click();
  await expect(chen.getByText("Your answer is saved")).toBeVisible();
  await expect(chen.locator("li.request").filter({ hasText: "Bo Investor" })).toContainText("Accepted");
  expect(await chen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await bo.reload();
  await expect(bo.locator("li.request").filter({ hasText: "Tidal Grid" })).toContainText("Accepted");
  await investorContext.close();
  await founderContext.close();
});

test("a founder proposes other times without JavaScript and the investor accepts them @nojs", async ({ browser, baseURL }) => {
  const javaScriptEnabled = test.info().project.use.javaScriptEnabled ?? true;
  const investorContext = await browser.newContext({ baseURL, javaScriptEnabled });
  const bo = await investorContext.newPage();
  await new AuthPages(bo).logIn("investor2@pitchline.test", "investor-demo-pass");
  await bo.goto("/meetings");
  // Another startup than the first test's (they share one server): Harbour Hydrogen.
  const harbour = bo.locator("li.suggestion").filter({ hasText: "Harbour Hydrogen" });
  await harbour.getByText("Request a meeting").click();
  await harbour.getByRole("button", { name: "Send request" }).click();
  await expect(bo.getByText("Meeting requested.")).toBeVisible();

  const founderContext = await browser.newContext({ baseURL, javaScriptEnabled });
  const chen = await founderContext.newPage();
  await new AuthPages(chen).logIn("founder4@pitchline.test", "founder-demo-pass");
  await chen.goto("/meetings");
  const request = chen.locator("li.request").filter({ hasText: "Bo Investor" });
  await request.getByText("Propose other times").first().click();
  await request.getByRole("button", { name: "Propose other times" }).click();
  await expect(chen.getByText("Other times is required.").first()).toBeVisible();
  const again = chen.locator("li.request").filter({ hasText: "Bo Investor" });
  await again.getByLabel("Other times that suit you").fill("Thursday after 15:00");
  await again.getByRole("button", { name: "Propose other times" }).click();
  await expect(chen.getByText("Your answer is saved")).toBeVisible();

  await bo.goto("/meetings");
  const mine = bo.locator("li.request").filter({ hasText: "Harbour Hydrogen" });
  await expect(mine).toContainText("Other times proposed");
  await expect(mine).toContainText("Thursday after 15:00");
  await mine.getByRole("button", { name: "Accept" }).click();
  await expect(bo.locator("li.request").filter({ hasText: "Harbour Hydrogen" })).toContainText("Accepted");
  await investorContext.close();
  await founderContext.close();
});
