import type { Page } from "@playwright/test";
import { expect, test } from "./fresh-server";
import { AuthPages, demo } from "./pages";

const investor1 = { email: "investor1@pitchline.test", password: "investor-demo-pass" };
const investor2 = { email: "investor2@pitchline.test", password: "investor-demo-pass" };

const rubric = [
  "Team | 20 | 10 | Can these people build it?",
  "Problem & solution | 20 | 5 | A real problem, clearly solved.",
  "Market | 15 | 5",
  "Traction | 15 | 5",
  "Business model | 15 | 5",
  "Investment readiness | 15 | 5",
].join("\n");

/** Picks `value` on every criterion of the scoring form. */
async function scoreAll(page: Page, value: string) {
  const criteria = page.locator("fieldset.criterion");
  const count = await criteria.count();
  expect(count).toBe(6);
  for (let i = 0; i < count; i++) {
    await criteria.nth(i).getByText(value, { exact: true }).click();
  }
}

test("staff set up judging, a judge reviews with save and next, staff accept, the founder sees it", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.logIn(demo.staff.email, demo.staff.password);
  await expect(page).toHaveURL(/\/staff$/);

  // Staff configure the rubric; a bad number is refused and the rubric text is kept.
  await page.goto("/staff/judging");
  await page.getByRole("link", { name: /Review setup/ }).click();
  await expect(page.getByRole("heading", { name: /Review setup/, level: 1 })).toBeVisible();
  await page.getByLabel("Rubric").fill(rubric);
  await page.getByLabel("Reviews per pitch").fill("0");
  await page.getByRole("button", { name: "Save review setup" }).click();
  await expect(page.getByText("Reviews per pitch must be a whole number from 1 to 10.")).toBeVisible();
  await expect(page.getByLabel("Rubric")).toHaveValue(rubric);
  await page.getByLabel("Reviews per pitch").fill("2");
  await page.getByRole("button", { name: "Save review setup" }).click();
  await expect(page.getByText("Review settings saved.")).toBeVisible();
  await expect(page.getByLabel("Rubric")).toHaveValue(rubric);
  await page.getByRole("link", { name: "Back to the assignment board" }).click();
  await page.getByRole("button", { name: "Assign reviewers automatically" }).click();
  await expect(page.getByText(/new assignments made/)).toBeVisible();
  await expect(page.getByRole("row", { name: /Lumen Robotics/ }).getByRole("listitem").filter({ hasText: "Ada Investor" })).toBeVisible();
  await auth.logOut();

  // The judge declares one conflict, then scores the other two with save and next.
  await auth.logIn(investor1.email, investor1.password);
  await expect(page).toHaveURL(/\/investor$/);
  await page.getByRole("link", { name: "Review queue" }).click();
  await expect(page.getByText("0 of 3 assigned pitches reviewed.")).toBeVisible();
  await page.getByRole("link", { name: "Aurora Bio" }).click();
  await expect(page.getByRole("heading", { name: "Aurora Bio", exact: true })).toBeVisible();
  await page.getByText("Declare a conflict of interest").click();
  await page.getByLabel("Reason").fill("I advised Aurora Bio on its seed round.");
  await page.getByRole("button", { name: "Declare conflict" }).click();
  await expect(page.getByText("Conflict declared.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Aurora Bio" })).toHaveCount(0);
  await expect(page.getByText("0 of 2 assigned pitches reviewed.")).toBeVisible();

  await page.getByRole("link", { name: "Lumen Robotics" }).click();
  await expect(page.getByRole("heading", { name: "Lumen Robotics", exact: true })).toBeVisible();
  await expect(page.getByText("Pitch 1 of 2 assigned to you")).toBeVisible();
  await scoreAll(page, "4");
  await page.getByLabel("Recommendation").selectOption("strong_yes");
  await page.getByLabel("Comment").fill("Strong team, real pull from warehouses.");
  await page.getByRole("button", { name: "Save and next" }).click();
  await expect(page.getByRole("heading", { name: "Kestrel Pay", exact: true })).toBeVisible();
  await expect(page.getByText("Review saved.")).toBeVisible();
  await scoreAll(page, "2");
  await page.getByLabel("Recommendation").selectOption("maybe");
  await page.getByRole("button", { name: "Save and next" }).click();
  await expect(page.getByText("All your assigned pitches are reviewed.")).toBeVisible();
  await expect(page.getByText("2 of 2 assigned pitches reviewed.")).toBeVisible();

  // One goes on the private shortlist.
  await page.getByRole("link", { name: "Lumen Robotics" }).click();
  await page.getByLabel("★ On my shortlist").check();
  await page.getByLabel("Interest", { exact: true }).selectOption("want_meeting");
  await page.getByRole("button", { name: "Save marks" }).click();
  await expect(page.getByText("Your marks are saved.")).toBeVisible();
  await page.goto("/investor/reviews?show=starred");
  await expect(page.getByRole("heading", { name: /My shortlist/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Lumen Robotics" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Kestrel Pay" })).toHaveCount(0);
  await auth.logOut();

  // Staff read the ranking with both means and accept the best.
  await auth.logIn(demo.staff.email, demo.staff.password);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/ranking");
  await expect(page.getByRole("columnheader", { name: "Raw mean" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Normalised mean" })).toBeVisible();
  const lumen = page.getByRole("row", { name: /Lumen Robotics/ });
  await expect(lumen).toContainText("1 of 2");
  await expect(page.getByRole("heading", { name: "Judge calibration" })).toBeVisible();
  await page.getByLabel("Pick Lumen Robotics").check();
  await page.getByLabel("Decision for the ticked pitches").selectOption("accept");
  await page.getByRole("button", { name: "Review decision…" }).click();
  // Nothing changes before staff see what will: names, count, emails.
  await expect(page.getByRole("heading", { name: "Confirm the decision" })).toBeVisible();
  await expect(page.getByText("1 of 1 ticked pitches will be marked")).toBeVisible();
  await expect(page.getByRole("row", { name: /Lumen Robotics/ })).toBeVisible();
  await page.getByRole("button", { name: "Confirm and email the founders" }).click();
  await expect(page.getByText("Decision recorded for 1 pitches")).toBeVisible();
  await expect(page.getByRole("row", { name: /Lumen Robotics/ }).getByText("Accepted")).toBeVisible();
  // The ticks do not carry over: the next decision touches only what is ticked now.
  await expect(page.getByLabel("Pick Lumen Robotics")).not.toBeChecked();
  await page.getByLabel("Pick Kestrel Pay").check();
  await page.getByLabel("Decision for the ticked pitches").selectOption("reject");
  await page.getByRole("button", { name: "Review decision…" }).click();
  await expect(page.getByText("1 of 1 ticked pitches will be marked")).toBeVisible();
  await expect(page.getByRole("row", { name: /Kestrel Pay/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Lumen Robotics/ })).toHaveCount(0);
  // Confirmed by mistake: undone before the email leaves, and nothing shows of it.
  await page.getByRole("button", { name: "Confirm and email the founders" }).click();
  await expect(page.getByText("Decision recorded for 1 pitches. Their founders are emailed in 3 minutes unless you undo it.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Kestrel Pay/ }).getByText("Not selected")).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Decision undone: 1 pitches are back where they were, and no email was sent.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Kestrel Pay/ }).getByText("Not selected")).toHaveCount(0);
  await expect(page.getByRole("row", { name: /Lumen Robotics/ }).getByText("Accepted")).toBeVisible();
  await page.goto("/staff/outbox");
  await expect(page.getByText("Your pitch: Not selected")).toHaveCount(0);
  await auth.logOut();

  // Its founder sees "accepted".
  await auth.logIn("founder2@pitchline.test", "founder-demo-pass");
  await expect(page).toHaveURL(/\/founder$/);
  await expect(page.getByText("Lumen Robotics").first()).toBeVisible();
  await expect(page.getByText("Accepted", { exact: true })).toBeVisible();
});

test("an incomplete review is refused beside the criterion and keeps what was typed @nojs", async ({ page }) => {
  const auth = new AuthPages(page);
  // Make sure the second judge reviews Kestrel Pay (a hand-made assignment).
  await auth.logIn(demo.staff.email, demo.staff.password);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/judging");
  const row = page.getByRole("row", { name: /Kestrel Pay/ });
  if ((await row.locator(".chip", { hasText: "Bo Investor" }).count()) === 0) {
    // The field suggests judges as you type; a name typed in full is enough.
    await row.getByLabel("Reviewer to add").fill("Bo Investor");
    await row.getByRole("button", { name: "Add" }).click();
    await expect(page.getByText("Assignments updated.")).toBeVisible();
    await expect(page.getByRole("row", { name: /Kestrel Pay/ }).locator(".chip", { hasText: "Bo Investor" })).toBeVisible();
  }
  await auth.logOut();

  await auth.logIn(investor2.email, investor2.password);
  await expect(page).toHaveURL(/\/investor$/);
  await page.goto("/investor/reviews");
  await page.getByRole("link", { name: "Kestrel Pay" }).click();
  await expect(page.getByRole("heading", { name: "Kestrel Pay", exact: true })).toBeVisible();
  const team = page.locator("fieldset.criterion").first();
  await team.getByText("3", { exact: true }).click();
  await page.getByLabel("Comment").fill("Kept while I fix the rest.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Give a score for Problem & solution/)).toBeVisible();
  await expect(page.getByLabel("Comment")).toHaveValue("Kept while I fix the rest.");
  await expect(team.getByLabel("3", { exact: true })).toBeChecked();
});
