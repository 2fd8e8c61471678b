import { expect, test } from "./fresh-server";
import { AuthPages, demo } from "./pages";

// What a visitor's browser downloads: the page's script and its small WASM, compressed
// once at build time, and nothing that fails to load or run.
test("a page loads its small precompressed bundle without script errors", async ({ page }) => {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  const wasm = page.waitForResponse((r) => r.url().endsWith(".wasm"));
  await page.goto("/showcase");
  const response = await wasm;
  expect(response.status()).toBe(200);
  expect(response.headers()["content-encoding"]).toBe("br");
  expect(response.headers()["cache-control"]).toContain("immutable");
  // The bytes on the wire (brotli), not the unpacked module.
  const sent = Number(response.headers()["content-length"]);
  expect(sent).toBeGreaterThan(0);
  expect(sent).toBeLessThanOrEqual(300 * 1024);
  await page.waitForLoadState("networkidle");

  // A signed-in page too: the staff pages are the biggest.
  await new AuthPages(page).logIn(demo.staff.email, demo.staff.password);
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/ranking");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
});
