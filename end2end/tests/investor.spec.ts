import { expect, test } from "./fresh-server";
import { AuthPages } from "./pages";

test("an investor records a thesis and sees it again @nojs", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.logIn("investor2@pitchline.test", "investor-demo-pass");
  await expect(page).toHaveURL(/\/investor$/);
  await page.goto("/investor/profile");
  await page.getByLabel("Firm").fill("Bo Capital");
  await page.getByLabel("Sectors").fill("AI, Fintech");
  await page.getByLabel("Stages").fill("Seed, unicorn");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("\"unicorn\" is not a stage")).toBeVisible();
  await expect(page.getByLabel("Firm")).toHaveValue("Bo Capital");
  await page.getByLabel("Stages").fill("Seed, Series A");
  await page.getByLabel("Portfolio companies").fill("Tidal Grid, tidalgrid.example");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await expect(page.getByLabel("Stages")).toHaveValue("Seed, Series A");
  await expect(page.getByLabel("Portfolio companies")).toHaveValue("Tidal Grid, https://tidalgrid.example");
});
