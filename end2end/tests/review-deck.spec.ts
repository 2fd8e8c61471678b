import { expect, test } from "./fresh-server";
import { AuthPages, demo } from "./pages";

// Issue 16: the judge reads the deck inside the review page, beside the rubric, and can
// still download it.

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

test("a judge reads the deck inside the review page, beside the rubric @nojs", async ({ page }) => {
  const auth = new AuthPages(page);
  // Kestrel Pay's founder uploads a deck to the submitted pitch (open until the deadline).
  await auth.logIn("founder3@pitchline.test", "founder-demo-pass");
  await expect(page).toHaveURL(/\/founder$/);
  await page.locator("main a[href$='/pitch']").first().click();
  await page.getByLabel("Deck (PDF)").setInputFiles({ name: "kestrel.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Upload deck" }).click();
  await expect(page.getByText("Deck uploaded.")).toBeVisible();
  await auth.logOut();

  await auth.logIn(demo.staff.email, demo.staff.password);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/judging");
  await page.getByRole("button", { name: "Assign reviewers automatically" }).click();
  await expect(page.getByText(/new assignments made/)).toBeVisible();
  await auth.logOut();

  await auth.logIn("investor1@pitchline.test", "investor-demo-pass");
  await expect(page).toHaveURL(/\/investor$/);
  await page.goto("/investor/reviews");
  await page.getByRole("link", { name: "Kestrel Pay" }).click();
  await expect(page.getByRole("heading", { name: "Kestrel Pay", exact: true })).toBeVisible();
  const frame = page.locator("iframe[title='The pitch deck']");
  await expect(frame).toBeVisible();
  const src = await frame.getAttribute("src");
  expect(src).toMatch(/^\/files\/decks\/[0-9a-f-]+\?view=inline$/);
  // Beside the rubric on a laptop: the frame and the scoring form share the row.
  const frameBox = (await frame.boundingBox())!;
  const formBox = (await page.getByRole("heading", { name: "Your review" }).boundingBox())!;
  expect(formBox.x).toBeGreaterThan(frameBox.x + frameBox.width - 1);
  // The frame's address answers the PDF inline; the download link still downloads.
  const inline = await page.request.get(src!);
  expect(inline.status()).toBe(200);
  expect(inline.headers()["content-disposition"]).toMatch(/^inline;/);
  expect(inline.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  const link = page.getByRole("link", { name: "Download the deck" });
  await expect(link).toBeVisible();
  const download = await page.request.get((await link.getAttribute("href"))!);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);
});
