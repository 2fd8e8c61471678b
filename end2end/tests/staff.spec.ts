import { expect, test } from "./fresh-server";
import { AuthPages, demo, uniqueEmail, signUpAndVerify } from "./pages";

test("staff invite an investor who accepts from the outbox link and reaches the investor home", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.logIn(demo.staff.email, demo.staff.password);
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole("heading", { name: "Staff home" })).toBeVisible();

  // Inviting is one click from the navigation, and only the current page is marked current.
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Invite people" }).click();
  await expect(page).toHaveURL(/\/staff\/invite$/);
  await expect(nav.getByRole("link", { name: "Invite people" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Staff", exact: true })).not.toHaveAttribute("aria-current", "page");

  const investor = uniqueEmail("investor");
  await page.goto("/staff/invite");
  await page.getByLabel("Email").fill(investor);
  await page.getByLabel("Role").selectOption("investor");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page).toHaveURL(/\/staff\/outbox/);
  await expect(page.getByText("Invitation queued.")).toBeVisible();

  const message = page.locator(".outbox-item", { hasText: investor }).first();
  const link = await message.getByRole("link").first().getAttribute("href");
  expect(link).toContain("/invitation?token=");
  await auth.logOut();

  await page.goto(link!);
  await expect(page.getByText(`with ${investor}`)).toBeVisible();
  await page.getByLabel("Your name").fill("Iris Investor");
  await page.getByLabel("Choose a password").fill("investor passphrase");
  await page.getByRole("button", { name: "Accept and continue" }).click();
  await expect(page).toHaveURL(/\/investor$/);
  await expect(page.getByRole("heading", { name: "Investor home" })).toBeVisible();

  await auth.logOut();
  await auth.logIn(investor, "investor passphrase");
  await expect(page.getByRole("heading", { name: "Investor home" })).toBeVisible();
});

test("staff see editions and an end date before the start is refused beside the field", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.logIn(demo.staff.email, demo.staff.password);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/editions");
  await expect(page.getByRole("link", { name: "GSIC 2026 Shanghai" })).toBeVisible();
  await page.getByRole("link", { name: "New edition" }).click();
  await page.getByLabel("Name").fill("GSIC 2027 Backwards");
  await page.getByLabel("City").fill("Shenzhen");
  await page.getByLabel("First day").fill("2027-05-10");
  await page.getByLabel("Last day").fill("2027-05-08");
  await page.getByLabel("Submission deadline (local time)").fill("2027-04-01T18:00");
  await page.getByRole("button", { name: "Save edition" }).click();
  await expect(page.getByText("The end date cannot be before the start date.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("GSIC 2027 Backwards");
  await page.getByLabel("Last day").fill("2027-05-12");
  await page.getByRole("button", { name: "Save edition" }).click();
  await expect(page.getByText("Edition saved.")).toBeVisible();
  await expect(page.getByRole("link", { name: "GSIC 2027 Backwards" })).toBeVisible();
});

test("a founder cannot open staff pages", async ({ page, browser }) => {
  await signUpAndVerify(page, browser, { name: "Curious Founder", email: uniqueEmail("curious"), password: "curious passphrase" });
  await page.goto("/staff/outbox");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("the site has an icon, so browsers stop asking for a missing one", async ({ page }) => {
  await page.goto("/");
  const icon = await page.request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
});

test("the audit log filters by who, action and days, names its subjects and keeps the filters in the address @nojs", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.logIn(demo.staff.email, demo.staff.password);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/audit");
  await expect(page.getByRole("columnheader", { name: "When (UTC)" })).toBeVisible();

  const filters = page.getByRole("search", { name: "Filter the audit log" });
  await filters.getByLabel("Who (name or email)").fill("staff@pitchline");
  await filters.getByLabel("Action").selectOption({ label: "Edition created" });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/who=staff%40pitchline/);
  await expect(page).toHaveURL(/action=edition\.create/);
  // The filters stay in the form, and every row is the chosen action, its subject named.
  await expect(page.getByLabel("Who (name or email)")).toHaveValue("staff@pitchline");
  const rows = page.locator("table.data tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    await expect(row).toContainText("Edition created");
    await expect(row).toContainText("Mei Lin (staff)");
  }
  await expect(page.locator("table.data")).toContainText("Edition GSIC 2026 Shanghai");

  // A day range with nothing in it says so; clearing the filters shows everything again.
  await page.getByLabel("From (UTC)").fill("2099-01-01");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No entries match these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Clear the filters" }).click();
  await expect(page).toHaveURL(/\/staff\/audit$/);
  await expect(rows.first()).toBeVisible();
});
