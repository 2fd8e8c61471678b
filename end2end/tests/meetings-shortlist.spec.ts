import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fresh-server";
import { AuthPages, demo } from "./pages";

// Issue 11, a request from the shortlist: staff put Bo (investor2) on the panel of Lumen
// Robotics (a pitch under review); Bo stars it and finds it on his shortlist (named: review
// is not blind), where asking for a meeting waits for the pitch to be accepted; staff
// accept it; Bo requests a meeting there and Lumen's founder (founder2) finds the request.

async function asStaff(browser: Browser, baseURL: string | undefined, work: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await new AuthPages(page).logIn(demo.staff.email, demo.staff.password);
  await work(page);
  await context.close();
}

test("an investor requests a meeting from the shortlist once the pitch is accepted, and the founder sees it", async ({ browser, baseURL }) => {
  await asStaff(browser, baseURL, async (staff) => {
    await staff.goto("/staff/judging");
    const row = staff.getByRole("row", { name: /Lumen Robotics/ });
    await row.getByLabel("Reviewer to add").fill("Bo Investor");
    await row.getByRole("button", { name: "Add" }).click();
    await expect(staff.getByText("Assignments updated.")).toBeVisible();
  });

  const boContext = await browser.newContext({ baseURL });
  const bo = await boContext.newPage();
  await new AuthPages(bo).logIn("investor2@pitchline.test", "investor-demo-pass");
  await bo.goto("/investor/reviews");
  await bo.getByRole("link", { name: "Lumen Robotics" }).click();
  await bo.getByLabel("★ On my shortlist").check();
  await bo.getByRole("button", { name: "Save marks" }).click();
  await expect(bo.getByText("Your marks are saved.")).toBeVisible();
  await bo.goto("/investor/reviews?show=starred");
  await expect(bo.getByRole("heading", { name: /My shortlist/ })).toBeVisible();
  const starred = () => bo.locator("li.queue-item").filter({ hasText: "Lumen Robotics" });
  await expect(starred()).toContainText("You can ask for a meeting once this pitch is accepted.");
  await expect(starred().getByText("Request a meeting")).toHaveCount(0);

  await asStaff(browser, baseURL, async (staff) => {
    await staff.goto("/staff/ranking");
    await staff.getByLabel("Pick Lumen Robotics").check();
    await staff.getByLabel("Decision for the ticked pitches").selectOption("accept");
    await staff.getByRole("button", { name: "Review decision…" }).click();
    await staff.getByRole("button", { name: "Confirm and email the founders" }).click();
    await expect(staff.getByRole("row", { name: /Lumen Robotics/ }).getByText("Accepted")).toBeVisible();
  });

  await bo.reload();
  await starred().getByText("Request a meeting").click();
  await starred().getByLabel("Message (optional)").fill("Starred you in review: twenty minutes at the event?");
  await starred().getByRole("button", { name: "Send request" }).click();
  await expect(bo.getByText("Meeting requested.")).toBeVisible();
  await expect(bo.getByRole("heading", { name: /My shortlist/ })).toBeVisible();
  await expect(starred()).toContainText("Meeting request: Waiting for an answer");
  await boContext.close();

  const founderContext = await browser.newContext({ baseURL });
  const founder = await founderContext.newPage();
  await new AuthPages(founder).logIn("founder2@pitchline.test", "founder-demo-pass");
  await founder.goto("/meetings");
  const request = founder.locator("li.request").filter({ hasText: "Bo Investor" });
  await expect(request).toContainText("Starred you in review: twenty minutes at the event?");
  await expect(request.getByRole("button", { name: "Accept" })).toBeVisible();
  await founderContext.close();
});
