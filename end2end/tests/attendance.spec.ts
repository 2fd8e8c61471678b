import { expect, test } from "./fresh-server";
import { AuthPages, demo } from "./pages";

// Issue 16: after acceptance the founders confirm they will pitch (or decline) on the
// pitch page until the edition's confirmation deadline; staff see who answered.

test("an accepted founder confirms they will pitch and staff see it @nojs", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.logIn("founder1@pitchline.test", "founder-demo-pass");
  await expect(page).toHaveURL(/\/founder$/);
  // Tidal Grid is accepted in the demo edition, which asks for confirmations.
  await page.locator("main a[href$='/pitch']").first().click();
  const card = page.locator("section#attendance");
  await expect(card.getByRole("heading", { name: "Confirm you will pitch" })).toBeVisible();
  await expect(card.getByText(/Please tell the organisers by .*\(Asia\/Shanghai\)/)).toBeVisible();
  await card.getByRole("button", { name: "Confirm: we will pitch" }).click();
  await expect(page.getByText("Thank you: you confirmed you will pitch.")).toBeVisible();
  await expect(page.locator("section#attendance").getByText(/You confirmed on .* that you will pitch\./)).toBeVisible();
  await expect(page.locator("section#attendance").getByText(/You can change your answer until/)).toBeVisible();
  await auth.logOut();

  await auth.logIn(demo.staff.email, demo.staff.password);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/submissions");
  await expect(page.getByText("Accepted teams: 4 confirmed, 0 declined, 0 without an answer.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Tidal Grid/ }).getByText("Confirmed")).toBeVisible();
});
