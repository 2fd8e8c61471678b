import { expect, test } from "./fresh-server";
import { AuthPages, demo, openMenuIfFolded } from "./pages";

// Issue 11, from the matcher to the day: the demo has tables, a block that began
// yesterday (Ada meets Tidal Grid and Harbour Hydrogen there) and the edition's, and
// accepted requests. Staff re-run the matcher and release; Ada (investor1) on her phone finds the
// Tidal Grid meeting on her agenda and checks in; Chen (founder1) sees it with Ada's
// one line and her check-in, on the meetings page beside the request, and in the
// calendar link; staff see the check-in.

test("staff run and release the meetings; both sides find theirs on their agenda, check in, and the calendar has it", async ({ browser, baseURL }) => {
  const staffContext = await browser.newContext({ baseURL });
  const staff = await staffContext.newPage();
  await new AuthPages(staff).logIn(demo.staff.email, demo.staff.password);
  await staff.goto("/staff/meetings");
  await expect(staff.getByText(/of the best possible/)).toBeVisible();
  await staff.getByRole("button", { name: "Run the matcher" }).click();
  await expect(staff.getByText("The matcher ran; its result is below.")).toBeVisible();
  await staff.getByRole("button", { name: /Release again/ }).click();
  await expect(staff.getByText("Meeting schedule released; reminders queued.")).toBeVisible();

  const adaContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const ada = await adaContext.newPage();
  await new AuthPages(ada).logIn("investor1@pitchline.test", "investor-demo-pass");
  await ada.goto("/investor");
  await expect(ada.getByRole("region", { name: "Your agenda" })).toContainText("Meeting with Tidal Grid");
  await openMenuIfFolded(ada);
  await ada.getByRole("link", { name: "My agenda" }).click();
  await expect(ada.getByRole("heading", { name: "Your agenda", level: 1 })).toBeVisible();
  const tidal = ada.locator("li.my-item").filter({ hasText: "Tidal Grid" });
  await expect(tidal).toContainText(/Table: Table \d \(Hall B/);
  // A meeting still to come has no buttons yet, only when its check-in opens.
  const later = ada.locator("li.my-item").filter({ hasText: /Check-in opens at \d\d:\d\d\./ }).first();
  await expect(later).toBeVisible();
  await expect(later.getByRole("button", { name: "It was held" })).toHaveCount(0);
  await tidal.getByRole("button", { name: "It was held" }).click();
  await expect(ada.getByText("Check-in saved.")).toBeVisible();
  await expect(ada.locator("li.my-item").filter({ hasText: "Tidal Grid" })).toContainText("You said: Held");
  expect(await ada.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  const chenContext = await browser.newContext({ baseURL });
  const chen = await chenContext.newPage();
  await new AuthPages(chen).logIn("founder1@pitchline.test", "founder-demo-pass");
  await chen.goto("/agenda/mine");
  const withAda = chen.locator("li.my-item").filter({ hasText: "Ada Investor" });
  await expect(withAda).toContainText("Partner, Harbour Ventures");
  await expect(withAda).toContainText("The other side said: Held");
  await chen.goto("/meetings");
  await expect(chen.locator("li.request").filter({ hasText: "Ada Investor" })).toContainText(
    /Meeting: \d{4}-\d\d-\d\d \d\d:\d\d at Table \d/,
  );
  // The calendar link made on the agenda carries the meeting.
  await chen.goto("/agenda/mine");
  await chen.getByRole("button", { name: "Create a calendar link" }).click();
  const link = await chen.getByLabel(/Your calendar link/).inputValue();
  const calendar = await chen.request.get(new URL(link).pathname);
  expect(calendar.ok()).toBe(true);
  expect(await calendar.text()).toContain("SUMMARY:Meeting with Ada Investor");

  await staff.reload();
  await expect(staff.getByText("investor: Held").first()).toBeVisible();
  await staffContext.close();
  await adaContext.close();
  await chenContext.close();
});

test("a founder says the investor did not come, without JavaScript, and staff see the no-show @nojs", async ({ browser, baseURL }) => {
  const javaScriptEnabled = test.info().project.use.javaScriptEnabled ?? true;
  const founderContext = await browser.newContext({ baseURL, javaScriptEnabled });
  const founder = await founderContext.newPage();
  // founder4 runs Harbour Hydrogen, which Ada meets (the other test checks in Tidal Grid).
  await new AuthPages(founder).logIn("founder4@pitchline.test", "founder-demo-pass");
  await founder.goto("/agenda/mine");
  const meeting = founder.locator("li.my-item").filter({ hasText: "Ada Investor" }).first();
  await meeting.getByRole("button", { name: "They did not come" }).click();
  await expect(founder.getByText("Check-in saved.")).toBeVisible();
  await expect(founder.locator("li.my-item").filter({ hasText: "You said: No-show" })).toHaveCount(1);

  const staffContext = await browser.newContext({ baseURL, javaScriptEnabled });
  const staff = await staffContext.newPage();
  await new AuthPages(staff).logIn(demo.staff.email, demo.staff.password);
  await staff.goto("/staff/meetings");
  await expect(staff.getByText("founders: No-show").first()).toBeVisible();
  await founderContext.close();
  await staffContext.close();
});
