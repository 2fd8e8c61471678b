import { expect, test } from "./fresh-server";
import { AuthPages } from "./pages";

// Issue 12, part B: Shanghai Grid Co. (corporate1) posts a need; Tidal Grid (founder1)
// responds; the corporate shortlists it and, as corporates arrange meetings by email,
// reads the founders' address; staff record a deal and see the edition's total.

test("a corporate posts a need, a founder responds, the corporate shortlists; staff record a deal", async ({ browser, baseURL }) => {
  const corpContext = await browser.newContext({ baseURL });
  const corp = await corpContext.newPage();
  await new AuthPages(corp).logIn("corporate1@pitchline.test", "corporate-demo-pass");
  await corp.goto("/needs");
  await expect(corp.getByRole("heading", { name: "Technology needs", level: 1 })).toBeVisible();
  await corp.getByText("Post a need").click();
  const form = corp.locator("form.need-form");
  await form.getByLabel("Title").fill("Harbour microgrid controller");
  await form.getByLabel("Sector").selectOption("Clean energy");
  await form.getByLabel("Description").fill("A controller for the Waigaoqiao microgrid.");
  await form.getByLabel("Smallest budget").fill("1m");
  await form.getByLabel("Largest budget").fill("3m");
  await form.getByLabel("Currency").selectOption("CNY");
  await form.getByLabel("Deadline").fill("2099-06-30");
  await form.getByLabel("Country").selectOption("CN");
  await form.getByRole("button", { name: "Post the need" }).click();
  await expect(corp.getByText("Need posted.")).toBeVisible();
  await expect(corp.getByRole("heading", { name: "Harbour microgrid controller", level: 1 })).toBeVisible();
  const needUrl = corp.url();

  const founderContext = await browser.newContext({ baseURL });
  const chen = await founderContext.newPage();
  await new AuthPages(chen).logIn("founder1@pitchline.test", "founder-demo-pass");
  await chen.goto(needUrl);
  await chen.getByLabel("Your proposal").fill("Our batteries already balance a harbour grid in Ningbo.");
  await chen.getByRole("button", { name: "Send the response" }).click();
  await expect(chen.getByText("Response sent to the poster.")).toBeVisible();
  await expect(chen.locator("li.response")).toContainText("Tidal Grid");

  await corp.reload();
  const response = corp.locator("li.response").filter({ hasText: "Tidal Grid" });
  await expect(response).toContainText("balance a harbour grid");
  await response.getByRole("button", { name: "Shortlist" }).click();
  await expect(corp.getByText("Shortlist updated.")).toBeVisible();
  await expect(corp.getByText("arrange yours by email")).toBeVisible();
  await expect(corp.locator("li.response").filter({ hasText: "Tidal Grid" })).toContainText("founder1@pitchline.test");

  const staffContext = await browser.newContext({ baseURL });
  const staff = await staffContext.newPage();
  await new AuthPages(staff).logIn("staff@pitchline.test", "staff-demo-pass");
  await staff.goto("/staff/deals");
  await expect(staff.getByText("3 agreements")).toBeVisible();
  const record = staff.locator("section").filter({ has: staff.getByRole("heading", { name: "Record an agreement" }) });
  await record.getByLabel("Kind").selectOption("purchase");
  await record.getByLabel("Startup").selectOption({ label: "Tidal Grid" });
  await record.getByLabel("Counterparty's name").fill("Waigaoqiao Port Authority");
  await record.getByLabel("Amount").fill("2m");
  await record.getByLabel("Currency").selectOption("CNY");
  await record.getByLabel("Signed on").fill("2026-01-10");
  await record.getByRole("button", { name: "Record" }).click();
  await expect(staff.getByText("Agreement recorded.")).toBeVisible();
  await expect(staff.getByText("4 agreements")).toBeVisible();
  await expect(staff.locator(".converted-total")).toContainText("¥");
  await corpContext.close();
  await founderContext.close();
  await staffContext.close();
});

test("the need form keeps what was typed after a bad budget @nojs", async ({ browser, baseURL }) => {
  const javaScriptEnabled = test.info().project.use.javaScriptEnabled ?? true;
  const context = await browser.newContext({ baseURL, javaScriptEnabled });
  const corp = await context.newPage();
  await new AuthPages(corp).logIn("corporate1@pitchline.test", "corporate-demo-pass");
  await corp.goto("/needs");
  await corp.getByText("Post a need").click();
  const form = corp.locator("form.need-form");
  await form.getByLabel("Title").fill("Cold-ironing for cruise ships");
  await form.getByLabel("Sector").selectOption("Clean energy");
  await form.getByLabel("Description").fill("Shore power for two berths.");
  await form.getByLabel("Smallest budget").fill("9m");
  await form.getByLabel("Largest budget").fill("2m");
  await form.getByLabel("Deadline").fill("2099-06-30");
  await form.getByLabel("Country").selectOption("CN");
  await form.getByRole("button", { name: "Post the need" }).click();
  await expect(corp.getByText("The largest budget cannot be smaller than the smallest.")).toBeVisible();
  await expect(corp.locator("form.need-form").getByLabel("Smallest budget")).toHaveValue("9m");
  await expect(corp.locator("form.need-form").getByLabel("Title")).toHaveValue("Cold-ironing for cruise ships");
  await context.close();
});

test("the public board fits a phone", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/needs");
  await expect(page.getByText("Battery storage for the Yangshan port grid")).toBeVisible();
  await expect(page.getByText("Forecasting substation load with AI")).toHaveCount(0);
  await expect(page.getByText("Taken up by Harbour Hydrogen")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
