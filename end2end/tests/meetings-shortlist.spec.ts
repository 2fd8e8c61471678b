import { expect, test } from "./fresh-server";
import { AuthPages, demo } from "./pages";

// Issue 11, a request from the shortlist: staff put Bo (investor2) on Tidal Grid's
// panel; Bo stars it, finds it on his shortlist (named: review is not blind) and
// requests a meeting there; Chen (founder1) finds the request on the meetings page.

test("an investor requests a meeting from the shortlist and the founder sees the request", async ({ browser, baseURL }) => {
  const staffContext = await browser.newContext({ baseURL });
  const staff = await staffContext.newPage();
  await new AuthPages(staff).logIn(demo.staff.email, demo.staff.password);
  await staff.goto("/staff/judging");
  const row = staff.getByRole("row", { name: /Tidal Grid/ });
  await row.getByLabel("Reviewer to add").fill("Bo Investor");
  await row.getByRole("button", { name: "Add" }).click();
  await expect(staff.getByText("Assignments updated.")).toBeVisible();
  await staffContext.close();

  const boContext = await browser.newContext({ baseURL });
  const bo = await boContext.newPage();
  await new AuthPages(bo).logIn("investor2@pitchline.test", "investor-demo-pass");
  await bo.goto("/investor/reviews");
  await bo.getByRole("link", { name: "Tidal Grid" }).click();
  await bo.getByLabel("★ On my shortlist").check();
  await bo.getByRole("button", { name: "Save marks" }).click();
  await expect(bo.getByText("Your marks are saved.")).toBeVisible();
  await bo.goto("/investor/reviews?show=starred");
  await expect(bo.getByRole("heading", { name: /My shortlist/ })).toBeVisible();
  const tidal = bo.locator("li.queue-item").filter({ hasText: "Tidal Grid" });
  await tidal.getByText("Request a meeting").click();
  await tidal.getByLabel("Message (optional)").fill("Starred you in review: twenty minutes at the event?");
  await tidal.getByRole("button", { name: "Send request" }).click();
  await expect(bo.getByText("Meeting requested.")).toBeVisible();
  await expect(bo.getByRole("heading", { name: /My shortlist/ })).toBeVisible();
  await expect(bo.locator("li.queue-item").filter({ hasText: "Tidal Grid" })).toContainText(
    "Meeting request: Waiting for an answer",
  );
  await boContext.close();

  const chenContext = await browser.newContext({ baseURL });
  const chen = await chenContext.newPage();
  await new AuthPages(chen).logIn("founder1@pitchline.test", "founder-demo-pass");
  await chen.goto("/meetings");
  const request = chen.locator("li.request").filter({ hasText: "Bo Investor" });
  await expect(request).toContainText("Starred you in review: twenty minutes at the event?");
  await expect(request.getByRole("button", { name: "Accept" })).toBeVisible();
  await chenContext.close();
});
