import { expect, test } from "./fresh-server";
import { AuthPages, demo } from "./pages";

// Issue 16, leftovers: the review setup has its own page that picks the edition, and
// staff write what each score point means (score anchors), which judges see beside the
// score buttons.

test("staff anchor the score points on the setup page of a chosen edition; a judge sees them @nojs", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.logIn(demo.staff.email, demo.staff.password);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/judging");
  await page.getByRole("link", { name: /Review setup/ }).click();
  await expect(page.getByRole("heading", { name: "Review setup", level: 1 })).toBeVisible();

  // Another edition, chosen by the select: its own setup.
  await page.getByLabel("Edition").selectOption({ label: "GSIC 2026 London" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/staff\/judging\/setup\?edition=/);
  await expect(page.getByRole("heading", { name: /Review setup · GSIC 2026 London/ })).toBeVisible();
  await page.getByLabel("Edition").selectOption({ label: "GSIC 2026 Shanghai" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("heading", { name: /Review setup · GSIC 2026 Shanghai/ })).toBeVisible();

  // A point off the scale and a meaning that is too long: said beside the field, typed kept.
  const anchors = page.getByLabel("Score anchors (optional)");
  const bad = `Traction | 6 | beyond the scale\nTraction | 1 | ${"x".repeat(121)}`;
  await anchors.fill(bad);
  await page.getByRole("button", { name: "Save review setup" }).click();
  await expect(page.getByText(/Line 1: "Traction" is scored from 1 to 5: anchor one of those points\./)).toBeVisible();
  await expect(page.getByText(/Line 2: A point's meaning can be at most 120 characters \(it has 121\)\./)).toBeVisible();
  await expect(page.getByLabel("Score anchors (optional)")).toHaveValue(bad);

  const good = "Traction | 1 | no evidence\nTraction | 5 | proven with paying customers";
  await page.getByLabel("Score anchors (optional)").fill(good);
  await page.getByRole("button", { name: "Save review setup" }).click();
  await expect(page.getByText("Review settings saved.")).toBeVisible();
  await expect(page.getByLabel("Score anchors (optional)")).toHaveValue(good);

  await page.getByRole("link", { name: "Back to the assignment board" }).click();
  await page.getByRole("button", { name: "Assign reviewers automatically" }).click();
  await expect(page.getByText(/new assignments made/)).toBeVisible();
  await auth.logOut();

  await auth.logIn("investor1@pitchline.test", "investor-demo-pass");
  await expect(page).toHaveURL(/\/investor$/);
  await page.goto("/investor/reviews");
  await page.locator("main a[href^='/investor/reviews/']").first().click();
  const traction = page.locator("fieldset.criterion").filter({ hasText: "Traction" });
  await expect(traction.getByText("proven with paying customers")).toBeVisible();
  await expect(traction.getByText("no evidence")).toBeVisible();
  await expect(traction.locator("label", { hasText: /^5$/ })).toHaveAttribute("title", "proven with paying customers");
});
