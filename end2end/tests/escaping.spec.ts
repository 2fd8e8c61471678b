import { expect, test } from "./fresh-server";
import { uniqueEmail, signUpAndVerify } from "./pages";

// Closes a title, a textarea and an attribute, and opens elements after each: typed into
// a form, it must come back as the same characters, in the browser's own view of the
// page (hydrated and without JavaScript), never as markup.
const HOSTILE = `</title><b id="injected">x</textarea><form id="injected-form">"><img id="injected-img" src=x onerror=alert(1)>`;
const NAME = `</title><b id="injected">x`;

test("hostile text typed into a startup profile comes back as text in the title, headings and fields @nojs", async ({ page, browser }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signUpAndVerify(page, browser, { name: "Mallory Tester", email: uniqueEmail("mallory"), password: "a long founder passphrase" });

  await page.goto("/startups/new");
  await page.getByLabel("Startup name").fill(NAME);
  await page.getByLabel("One-liner").fill(`"><img id="injected-img" src=x onerror=alert(1)>`);
  await page.getByLabel("Description").fill(HOSTILE);
  await page.getByLabel("Sectors").fill("Clean energy");
  await page.getByLabel("Stage").selectOption("seed");
  await page.getByLabel("Country").selectOption("CN");
  await page.getByLabel("City").fill("Shanghai");
  await page.getByLabel("Founded (year)").fill("2023");
  await page.getByLabel("Team size").fill("3");
  await page.getByLabel("Use of funds").fill(HOSTILE);
  await page.getByRole("button", { name: "Create startup" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();

  // As rendered after the save, and again as the server renders it on a fresh load.
  for (const pass of ["after saving", "after a reload"]) {
    if (pass === "after a reload") await page.reload();
    expect(await page.title(), pass).toContain(NAME);
    await expect(page.getByRole("heading", { level: 1 }), pass).toHaveText(NAME);
    await expect(page.getByLabel("Description"), pass).toHaveValue(HOSTILE);
    await expect(page.getByLabel("Use of funds"), pass).toHaveValue(HOSTILE);
    await expect(page.locator("#injected, #injected-form, #injected-img"), pass).toHaveCount(0);
  }
  expect(dialogs).toEqual([]);
});
