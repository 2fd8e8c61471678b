import AxeBuilder from "@axe-core/playwright";
import { type Page } from "@playwright/test";
import { expect, test } from "./fresh-server";
import { AuthPages } from "./pages";

// Every main page of every role, in English and in Chinese, has no serious or critical
// accessibility problem that axe-core finds (WCAG 2.1 A and AA rules: names, labels,
// contrast, landmarks, language of the page…).

// `follow`: [page with the link, the link] for pages whose address holds an id.
const roles: {
  who: string;
  login: { email: string; password: string } | null;
  paths: string[];
  follow?: [string, string][];
}[] = [
  {
    who: "a visitor",
    login: null,
    paths: ["/", "/showcase", "/agenda", "/login", "/signup", "/forgot-password", "/no/such/page"],
    follow: [["/showcase", "main a[href^='/showcase/']"]],
  },
  {
    who: "a founder",
    login: { email: "founder1@pitchline.test", password: "founder-demo-pass" },
    paths: ["/founder", "/startups/new", "/meetings", "/agenda/mine"],
    follow: [
      ["/founder", "main a[href^='/startups/']:not([href$='/pitch']):not([href='/startups/new'])"],
      ["/founder", "main a[href$='/pitch']"],
    ],
  },
  {
    who: "a judge",
    login: { email: "investor1@pitchline.test", password: "investor-demo-pass" },
    paths: ["/investor", "/investor/reviews", "/investor/profile", "/meetings", "/agenda/mine"],
  },
  {
    who: "staff",
    login: { email: "staff@pitchline.test", password: "staff-demo-pass" },
    paths: [
      "/staff", "/staff/submissions", "/staff/judging", "/staff/ranking", "/staff/editions",
      "/staff/editions/new", "/staff/invite", "/staff/outbox", "/staff/audit", "/staff/rounds", "/staff/schedule", "/staff/meetings",
    ],
    follow: [
      ["/staff/editions", "main a[href^='/staff/editions/']:not([href$='/new'])"],
      ["/staff/submissions", "main a[href^='/staff/reviews/'], main a[href^='/startups/']"],
    ],
  },
];

async function expectAccessible(page: Page, path: string, lang: string) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", lang === "zh" ? "zh-Hans" : "en");
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.passes.length, "axe ran its rules").toBeGreaterThan(10);
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  expect(serious, `${path} in ${lang}`).toEqual([]);
}

for (const lang of ["en", "zh"]) {
  for (const role of roles) {
    test(`every main page passes axe for ${role.who} in ${lang}`, async ({ page, context, baseURL }) => {
      if (role.login) {
        await new AuthPages(page).logIn(role.login.email, role.login.password);
        await expect(page).not.toHaveURL(/\/login/);
      }
      await context.addCookies([{ name: "lang", value: lang, url: baseURL! }]);
      const paths = [...role.paths];
      for (const [from, selector] of role.follow ?? []) {
        await page.goto(from);
        const href = await page.locator(selector).first().getAttribute("href");
        expect(href, `a link matching ${selector}`).toBeTruthy();
        paths.push(href!);
      }
      for (const path of paths) await expectAccessible(page, path, lang);
    });
  }
}

test("every action is reachable by keyboard with a visible focus", async ({ page }) => {
  await page.goto("/login");
  // The first Tab reaches the skip link, which becomes visible and jumps to the content.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  // Tab through the whole page: every control it reaches shows a focus ring (an
  // outline or a box shadow), and the form's fields and button are among them.
  const reached: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      const name = el.matches("input, select, textarea")
        ? (el.getAttribute("name") ?? el.tagName)
        : (el.textContent?.trim() ?? el.tagName);
      return { name, ring: outline || style.boxShadow !== "none" };
    });
    if (!focused) break;
    expect(focused.ring, `${focused.name} shows where the focus is`).toBe(true);
    reached.push(focused.name);
  }
  expect(reached).toEqual(expect.arrayContaining(["email", "password", "Log in", "中文"]));
});
