import { type Page } from "@playwright/test";
import { expect, test } from "./fresh-server";
import { AuthPages } from "./pages";

// People use Pitchline standing up at the conference: at 390 px no page may scroll
// sideways. Wide tables scroll inside their own box; the page itself never does. The
// same holds for a laptop at 200 % zoom (1280 px shown as 640 CSS pixels).
test.use({ viewport: { width: 390, height: 844 } });

async function pageWidth(page: Page): Promise<number> {
  await page.waitForLoadState("load");
  return page.evaluate(() => document.documentElement.scrollWidth);
}

async function expectNoSidewaysScroll(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  const width = page.viewportSize()?.width ?? 390;
  expect(await pageWidth(page), `${path} is wider than the screen`).toBeLessThanOrEqual(width);
}

const roles: { who: string; login: { email: string; password: string } | null; paths: string[]; follow?: string[] }[] = [
  {
    who: "a visitor",
    login: null,
    paths: ["/", "/showcase", "/agenda", "/login", "/signup"],
  },
  {
    who: "a founder",
    login: { email: "founder1@pitchline.test", password: "founder-demo-pass" },
    paths: ["/founder", "/meetings", "/agenda/mine"],
    // Their startup's page and pitch page, found from the founder home.
    follow: ["main a[href^='/startups/']:not([href$='/pitch']):not([href='/startups/new'])", "main a[href$='/pitch']"],
  },
  {
    who: "a judge",
    login: { email: "investor1@pitchline.test", password: "investor-demo-pass" },
    paths: ["/investor", "/investor/reviews", "/investor/profile", "/meetings", "/agenda/mine"],
  },
  {
    who: "staff",
    login: { email: "staff@pitchline.test", password: "staff-demo-pass" },
    paths: ["/staff", "/staff/submissions", "/staff/judging", "/staff/ranking", "/staff/editions", "/staff/rounds", "/staff/schedule", "/staff/meetings"],
  },
];

for (const role of roles) {
  test(`no page scrolls sideways at 390 px for ${role.who}`, async ({ page }) => {
    await walk(page, role);
  });
}

test.describe("at 200 % zoom", () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  for (const role of roles) {
    test(`no page scrolls sideways for ${role.who}, in Chinese too`, async ({ page, context, baseURL }) => {
      await walk(page, role);
      await context.addCookies([{ name: "lang", value: "zh", url: baseURL! }]);
      await walk(page, { ...role, login: null });
    });
  }
});

async function walk(page: Page, role: (typeof roles)[number]) {
  if (role.login) {
    await new AuthPages(page).logIn(role.login.email, role.login.password);
    await expect(page).not.toHaveURL(/\/login/);
  }
  for (const path of role.paths) await expectNoSidewaysScroll(page, path);
  for (const selector of role.follow ?? []) {
    await page.goto(role.paths[0]);
    const path = await page.locator(selector).first().getAttribute("href");
    expect(path, `a link matching ${selector}`).toBeTruthy();
    await expectNoSidewaysScroll(page, path!);
  }
}

test("a judge scores a pitch on a phone without scrolling sideways", async ({ page }) => {
  const auth = new AuthPages(page);
  // The demo edition starts without reviewers: staff assign them first (on a phone too).
  await auth.logIn("staff@pitchline.test", "staff-demo-pass");
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/judging");
  await page.getByRole("button", { name: "Assign reviewers automatically" }).click();
  await expect(page.getByText(/new assignments made/)).toBeVisible();
  await auth.logOut();
  await auth.logIn("investor1@pitchline.test", "investor-demo-pass");
  await expect(page).toHaveURL(/\/investor$/);
  await page.goto("/investor/reviews");
  const first = page.locator("main a[href^='/investor/reviews/']").first();
  const path = await first.getAttribute("href");
  expect(path).toBeTruthy();
  await expectNoSidewaysScroll(page, path!);
});

// The navigation takes one line on a phone: the links fold under a menu button (a
// `<details>`, so it opens without JavaScript too), reachable with the keyboard.
test("the navigation folds under a menu button on a phone @nojs", async ({ page }) => {
  await new AuthPages(page).logIn("staff@pitchline.test", "staff-demo-pass");
  await expect(page).toHaveURL(/\/staff$/);
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = nav.locator("summary", { hasText: "Menu" });
  const submissions = nav.getByRole("link", { name: "Submissions" });
  await expect(menu).toBeVisible();
  await expect(submissions).toBeHidden();
  // Folded, the header is short: the page's heading starts within the first fifth of the screen.
  const heading = await page.getByRole("heading", { level: 1 }).first().boundingBox();
  expect(heading!.y).toBeLessThan(844 / 5);

  // Opened with the keyboard.
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(submissions).toBeVisible();
  await expect(nav.getByRole("link", { name: "Staff", exact: true })).toHaveAttribute("aria-current", "page");
  expect(await pageWidth(page)).toBeLessThanOrEqual(390);

  await submissions.click();
  await expect(page).toHaveURL(/\/staff\/submissions$/);
  // The next page starts folded again, with its own link marked current.
  await expect(submissions).toBeHidden();
  await menu.click();
  await expect(submissions).toHaveAttribute("aria-current", "page");
  expect(await pageWidth(page)).toBeLessThanOrEqual(390);
});

test.describe("on a laptop", () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test("the navigation is an open bar without a menu button @nojs", async ({ page }) => {
    await new AuthPages(page).logIn("staff@pitchline.test", "staff-demo-pass");
    await expect(page).toHaveURL(/\/staff$/);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.locator("summary", { hasText: "Menu" })).toBeHidden();
    await expect(nav.getByRole("link", { name: "Submissions" })).toBeVisible();
  });
});
