import { expect, test } from "./fresh-server";
import { AuthPages } from "./pages";

/** A deadline half a year ahead: within the two years a need may stay open. */
const SOON = new Date(Date.now() + 182 * 86_400_000).toISOString().slice(0, 10);

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
  await form.getByLabel("Deadline").fill(SOON);
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
  // The demo's purchase by the corporate waits for Harbour Hydrogen's founders.
  await expect(staff.getByText("One agreement awaits confirmation and is not counted yet.")).toBeVisible();
  await expect(staff.locator("tr").filter({ hasText: "Hydrogen for port vehicles" })).toContainText("Awaiting the startup's confirmation");
  const record = staff.locator("section").filter({ has: staff.getByRole("heading", { name: "Record an agreement" }) });
  await record.getByLabel("Kind").selectOption("purchase");
  await record.getByLabel("Startup").selectOption({ label: "Tidal Grid" });
  await record.getByLabel("Counterparty's name").fill("Waigaoqiao Port Authority");
  await record.getByLabel("Amount").fill("2m");
  await record.getByLabel("Currency").selectOption("CNY");
  await record.getByLabel("Signed on").fill("2026-01-10");
  await record.getByRole("button", { name: "Record" }).click();
  await expect(staff.getByText("Agreement recorded.")).toBeVisible();
  await expect(staff.locator("tr").filter({ hasText: "Waigaoqiao Port Authority" })).toContainText("Confirmed");
  await expect(staff.locator(".converted-total")).toContainText("¥");
  await corpContext.close();
  await founderContext.close();
  await staffContext.close();
});

// Issue 12 across its parts: Bo (investor2, Bo Capital) posts a need; Tidal Grid
// (founder1) responds; Bo shortlists it and requests a meeting, which the founder
// accepts; Bo puts Tidal Grid on the pipeline, moves it to due diligence with a task;
// the founder records the investment from that meeting, Bo confirms it, and staff see
// it in the edition's total.
test("a need becomes a meeting, a card in due diligence with a task, and a confirmed deal in the edition's total", async ({ browser, baseURL }) => {
  const boContext = await browser.newContext({ baseURL });
  const bo = await boContext.newPage();
  await new AuthPages(bo).logIn("investor2@pitchline.test", "investor-demo-pass");
  await bo.goto("/needs");
  await bo.getByText("Post a need").click();
  const form = bo.locator("form.need-form");
  await form.getByLabel("Title").fill("Port battery storage");
  await form.getByLabel("Sector").selectOption("Clean energy");
  await form.getByLabel("Description").fill("Battery storage for container terminals.");
  await form.getByLabel("Smallest budget").fill("5m");
  await form.getByLabel("Largest budget").fill("20m");
  await form.getByLabel("Currency").selectOption("CNY");
  await form.getByLabel("Deadline").fill(SOON);
  await form.getByLabel("Country").selectOption("CN");
  await form.getByRole("button", { name: "Post the need" }).click();
  await expect(bo.getByText("Need posted.")).toBeVisible();
  const needUrl = bo.url();

  const founderContext = await browser.newContext({ baseURL });
  const chen = await founderContext.newPage();
  await new AuthPages(chen).logIn("founder1@pitchline.test", "founder-demo-pass");
  await chen.goto(needUrl);
  await chen.getByLabel("Your proposal").fill("Our harbour batteries run in Ningbo today.");
  await chen.getByRole("button", { name: "Send the response" }).click();
  await expect(chen.getByText("Response sent to the poster.")).toBeVisible();

  await bo.reload();
  await bo.locator("li.response").filter({ hasText: "Tidal Grid" }).getByRole("button", { name: "Shortlist" }).click();
  await expect(bo.getByText("Shortlist updated.")).toBeVisible();
  const response = bo.locator("li.response").filter({ hasText: "Tidal Grid" });
  await response.getByText("Request a meeting").click();
  await response.getByRole("textbox").fill("Twenty minutes on the Ningbo pilot?");
  await response.getByRole("button", { name: "Send request" }).click();
  await expect(bo.getByText("Meeting requested.")).toBeVisible();

  await chen.goto("/meetings");
  const request = chen.locator("li.request").filter({ hasText: "Bo Investor" });
  await request.getByRole("button", { name: "Accept" }).click();
  await expect(chen.getByText("Your answer is saved")).toBeVisible();

  // After the meeting: the card, moved to due diligence, with a follow-up task.
  await bo.goto("/pipeline");
  const add = bo.locator("section.pipeline-add");
  await add.getByLabel("Startup").selectOption({ label: "Tidal Grid · from a meeting" });
  await add.getByRole("button", { name: "Add to pipeline" }).click();
  await expect(bo.getByText("The startup is on your pipeline.")).toBeVisible();
  await expect(bo.getByRole("heading", { name: "Tidal Grid", level: 1 })).toBeVisible();
  await bo.getByLabel("Move to").selectOption("due_diligence");
  await bo.getByRole("button", { name: "Move", exact: true }).click();
  await expect(bo.getByText("Card moved.")).toBeVisible();
  await bo.getByRole("textbox", { name: "Task" }).fill("Send the data-room checklist");
  await bo.getByLabel("Due date").fill("2099-12-01");
  await bo.getByRole("button", { name: "Add task" }).click();
  await expect(bo.getByText("Task added.")).toBeVisible();
  await bo.goto("/pipeline");
  await expect(bo.locator('[data-stage="due_diligence"]')).toContainText("Tidal Grid");

  // The founder records the investment from that meeting; Bo confirms it.
  const today = new Date().toISOString().slice(0, 10);
  await chen.goto("/deals");
  const record = chen.locator("section").filter({ has: chen.getByRole("heading", { name: "Record an agreement" }) });
  await record.getByLabel("Kind").selectOption("investment");
  await record.getByLabel("Startup").selectOption({ label: "Tidal Grid" });
  await record.getByLabel("Counterparty's account").selectOption({ label: "Bo Investor (Bo Capital)" });
  await record.getByLabel("Amount").fill("8m");
  await record.getByLabel("Currency").selectOption("CNY");
  await record.getByLabel("Signed on").fill(today);
  await record.getByLabel("From the meeting").selectOption({ label: "Tidal Grid · Bo Investor (Bo Capital)" });
  await record.getByRole("button", { name: "Record" }).click();
  await expect(chen.getByText("It counts once the other side confirms it")).toBeVisible();
  await expect(chen.locator("table")).toContainText("Awaiting the counterparty's confirmation");

  await bo.goto("/deals");
  const row = bo.locator("tr").filter({ hasText: "Tidal Grid" });
  await row.getByRole("button", { name: "Confirm" }).click();
  await expect(bo.getByText("Agreement confirmed")).toBeVisible();
  await expect(bo.locator("tr").filter({ hasText: "Tidal Grid" })).toContainText("Confirmed");

  const staffContext = await browser.newContext({ baseURL });
  const staff = await staffContext.newPage();
  await new AuthPages(staff).logIn("staff@pitchline.test", "staff-demo-pass");
  await staff.goto("/staff/deals");
  // (The other test of this file records on the same server: count nothing here.)
  const deal = staff.locator("tr").filter({ hasText: "Bo Investor" });
  await expect(deal).toContainText("¥8,000,000");
  await expect(deal).toContainText("Confirmed");
  await boContext.close();
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
  // Harbour Hydrogen took the hydrogen need up but is not on the public showcase, so
  // visitors read the outcome without its name.
  await expect(page.getByText("Taken up", { exact: true })).toBeVisible();
  await expect(page.getByText("Taken up by Harbour Hydrogen")).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
