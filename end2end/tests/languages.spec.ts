import * as fs from "node:fs";
import * as path from "node:path";
import { type Page } from "@playwright/test";
import { expect, test } from "./fresh-server";
import { uniqueEmail, signUpAndVerify } from "./pages";

// A founder who reads Chinese: switches the language in the header, builds a startup
// (with a mistake on the way) and submits a pitch, in Chinese, with and without JavaScript.
// Labels are read from the Chinese translation file, so the spec follows its wording; the
// sentences a Chinese reader must see are also spelled out below.

function messages(lang: string): Map<string, string> {
  const file = path.resolve(__dirname, `../../i18n/locales/${lang}/pitchline.ftl`);
  const out = new Map<string, string>();
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
    if (m) out.set(m[1], m[2]);
  }
  return out;
}
const zh = messages("zh");
function 中(id: string): string {
  const text = zh.get(id);
  if (!text || text.includes("{")) throw new Error(`no plain Chinese message ${id}`);
  return text;
}

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

async function fillProfile(page: Page, name: string, founded: string) {
  await page.getByLabel(中("startup-name"), { exact: true }).fill(name);
  await page.getByLabel(中("startup-one-liner"), { exact: true }).fill("把港口多余的电储存起来，在高峰时卖回电网。");
  await page.getByLabel(中("startup-sectors"), { exact: true }).fill("清洁能源，储能");
  await page.getByLabel(中("startup-stage"), { exact: true }).selectOption("seed");
  await page.getByLabel(中("startup-country"), { exact: true }).selectOption("CN");
  await page.getByLabel(中("startup-city"), { exact: true }).fill("上海");
  await page.getByLabel(中("startup-founded"), { exact: true }).fill(founded);
  await page.getByLabel(中("startup-team-size"), { exact: true }).fill("12");
  await page.getByLabel(中("startup-ask"), { exact: true }).fill("1.5m");
  await page.getByLabel(中("startup-instrument"), { exact: true }).selectOption("safe");
}

test("a founder switches to Chinese and submits a pitch, with a mistake on the way @nojs", async ({ page, browser }) => {
  await signUpAndVerify(page, browser, { name: "林伟", email: uniqueEmail("zh-founder"), password: "a long founder passphrase" });
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByRole("button", { name: "中文" }).click();
  await expect(page).toHaveURL(/\/founder$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { name: "创业者首页" })).toBeVisible();
  await expect(page.getByText("您好，林伟。")).toBeVisible();

  await page.getByRole("link", { name: 中("startup-add") }).click();
  await fillProfile(page, "潮汐电网", "1800");
  await page.getByRole("button", { name: 中("startup-create") }).click();
  // The mistake is explained in Chinese beside its field; everything typed is still there.
  const founded = page.getByLabel(中("startup-founded"), { exact: true });
  await expect(page.locator("#field-founded_year-error")).toHaveText(/^成立年份须在 1900 到 \d{4} 年之间。$/);
  await expect(founded).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").filter({ hasText: "请修改标出的字段。" })).toBeVisible();
  await expect(page.getByLabel(中("startup-name"), { exact: true })).toHaveValue("潮汐电网");
  await expect(page.getByLabel(中("startup-city"), { exact: true })).toHaveValue("上海");
  await expect(page.getByLabel(中("startup-sectors"), { exact: true })).toHaveValue("清洁能源，储能");

  await founded.fill("2023");
  await page.getByRole("button", { name: 中("startup-create") }).click();
  await expect(page.getByText("资料已保存。")).toBeVisible();
  await expect(page.getByRole("heading", { name: "潮汐电网" })).toBeVisible();

  await page.getByRole("link", { name: 中("startup-open-pitch") }).click();
  await page.getByLabel(中("pitch-track"), { exact: true }).selectOption({ index: 1 });
  await page.getByLabel(中("pitch-title-field"), { exact: true }).fill("潮汐电网：港口储能");
  await page.getByLabel(中("pitch-summary"), { exact: true }).fill("港口浪费电力；我们把它储存起来，在用电高峰卖回电网。");
  await page.getByRole("button", { name: 中("pitch-save-draft") }).click();
  await expect(page.getByText("草稿已保存。")).toBeVisible();
  await page.getByLabel(中("pitch-deck-pdf"), { exact: true }).setInputFiles({ name: "路演.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: 中("pitch-upload-deck") }).click();
  await expect(page.getByText("路演材料已上传。")).toBeVisible();
  await page.getByRole("button", { name: 中("pitch-submit-pitch") }).click();
  await expect(page.getByText("路演申请已提交。截止日期前仍可修改。")).toBeVisible();
  await expect(page.getByRole("list", { name: 中("pitch-timeline") })).toContainText("已提交");

  // Back to English with the same switcher; the pitch is as it was.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("list", { name: "Timeline" })).toContainText("Submitted");
  // Submitted, the pitch reads as a summary (its form is one "Edit until …" away).
  await expect(page.locator(".pitch-summary")).toContainText("潮汐电网：港口储能");
});

test("a browser that asks for Chinese gets it on the first visit, and an unknown language is English @nojs", async ({ browser, baseURL }) => {
  const chinese = await browser.newContext({ locale: "zh-CN", baseURL });
  const page = await chinese.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("link", { name: "登录" }).first()).toBeVisible();
  await chinese.close();

  const other = await browser.newContext({ locale: "tlh", baseURL });
  const page2 = await other.newPage();
  await page2.goto("/login");
  await expect(page2.getByRole("heading", { name: "Log in" })).toBeVisible();
  await other.close();
});
