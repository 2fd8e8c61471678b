import { expect, test } from "./fresh-server";
import { AuthPages, uniqueEmail, signUpAndVerify } from "./pages";

test("a founder signs up, logs out, logs in and sees the founder home @nojs", async ({ page, browser }) => {
  const auth = new AuthPages(page);
  const email = uniqueEmail("founder");
  await signUpAndVerify(page, browser, { name: "Lin Wei", email, password: "a long founder passphrase" });
  await expect(page.getByRole("heading", { name: "Founder home" })).toBeVisible();
  await expect(page.getByText("Hello, Lin Wei.")).toBeVisible();
  await expect(page).toHaveTitle("Founder home · Pitchline");

  await auth.logOut();
  await page.goto("/founder");
  await expect(page.getByRole("heading", { name: "Please log in" })).toBeVisible();

  await auth.logIn(email, "a long founder passphrase");
  await expect(page).toHaveURL(/\/founder$/);
  await expect(page.getByRole("heading", { name: "Founder home" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "GSIC 2026 Shanghai" })).toBeVisible();
});

test("sign-up shows each problem beside its field and keeps what was typed @nojs", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.signUp("Kept Name", "kept@example", "short");
  await expect(page.getByText("\"kept@example\" is not a valid email address")).toBeVisible();
  await expect(page.getByText("Password needs at least 8 characters.")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Kept Name");
  await expect(page.getByLabel("Email")).toHaveValue("kept@example");
});

test("a wrong password is refused without saying whether the account exists @nojs", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.logIn("nobody@example.com", "wrong password");
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("nobody@example.com");
});

test("an unknown page says so", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("signing up and landing on the founder home makes no failing API call (no stray 401)", async ({ page, browser }) => {
  const failed: string[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if ((url.pathname.startsWith("/api/") || url.pathname === "/favicon.ico") && response.status() >= 400) {
      failed.push(`${response.request().method()} ${url.pathname} ${response.status()}`);
    }
  });
  await signUpAndVerify(page, browser, { name: "Quiet Network", email: uniqueEmail("quiet"), password: "a long founder passphrase" });
  await expect(page.getByRole("heading", { name: "Founder home" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(failed).toEqual([]);
});
