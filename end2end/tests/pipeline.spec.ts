import { expect, test } from "./fresh-server";
import { AuthPages } from "./pages";

// Issue 12, part A: the demo gives Ada (investor1, Harbour Ventures) a board: Tidal Grid
// at the term sheet (shared with its founders), Harbour Hydrogen in due diligence with
// notes and an overdue task, Mosaic Health passed at "met", Ledger Leaf sourced.
// Written without a release build to run it on (disk and time ran out): run it before merging.

test("an investor moves a card with the Move to form and by drag and drop, adds a note and a task; the founder sees the shared stage, not the note", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const ada = await context.newPage();
  await new AuthPages(ada).logIn("investor1@pitchline.test", "investor-demo-pass");
  await ada.getByRole("link", { name: "Pipeline" }).first().click();
  await expect(ada.getByRole("heading", { name: "Pipeline", level: 1 })).toBeVisible();
  await expect(ada.getByText(/Funnel \(reached \/ passed\):/)).toBeVisible();
  const passed = ada.locator(".pipeline-passed li.pipeline-card");
  await expect(passed).toContainText("Mosaic Health");
  await expect(ada.locator("li.pipeline-card.overdue")).toContainText("Harbour Hydrogen");

  // The keyboard way: Ledger Leaf, sourced → met.
  const ledger = ada.locator("li.pipeline-card").filter({ hasText: "Ledger Leaf" });
  await ledger.getByLabel("Move to").selectOption("met");
  await ledger.getByRole("button", { name: "Move" }).click();
  await expect(ada.getByText("Card moved.")).toBeVisible();
  await expect(ada.locator('[data-stage="met"]')).toContainText("Ledger Leaf");

  // Drag and drop: onto the due diligence column.
  await ada
    .locator("li.pipeline-card")
    .filter({ hasText: "Ledger Leaf" })
    .dragTo(ada.locator('[data-stage="due_diligence"]'));
  await expect(ada.locator('[data-stage="due_diligence"]')).toContainText("Ledger Leaf");

  // Its card: a private note and a task with a due date (none: refused, typed kept).
  await ada.locator("li.pipeline-card").filter({ hasText: "Ledger Leaf" }).getByRole("link", { name: "Ledger Leaf" }).click();
  await ada.getByRole("textbox", { name: "Note" }).fill("Strong team; ask about churn.");
  await ada.getByRole("button", { name: "Save note" }).click();
  await expect(ada.getByText("Note saved.")).toBeVisible();
  await ada.getByRole("textbox", { name: "Task" }).fill("Call the CFO");
  await ada.getByRole("button", { name: "Add task" }).click();
  await expect(ada.getByText("A task needs a due date.")).toBeVisible();
  await expect(ada.getByRole("textbox", { name: "Task" })).toHaveValue("Call the CFO");
  await ada.getByLabel("Due date").fill("2099-12-01");
  await ada.getByRole("button", { name: "Add task" }).click();
  await expect(ada.getByText("Task added.")).toBeVisible();
  await expect(ada.locator(".pipeline-tasks")).toContainText("Call the CFO");
  await expect(ada.getByRole("table")).toContainText("Sourced → Met");
  await context.close();

  const founderContext = await browser.newContext({ baseURL });
  const chen = await founderContext.newPage();
  await new AuthPages(chen).logIn("founder1@pitchline.test", "founder-demo-pass");
  await chen.goto("/meetings");
  await expect(chen.getByText(/Tidal Grid is at "Term sheet"/)).toBeVisible();
  await expect(chen.locator("body")).not.toContainText("churn");
  await founderContext.close();
});

test("the Move to form works without JavaScript and a pass needs a reason @nojs", async ({ browser, baseURL }) => {
  const javaScriptEnabled = test.info().project.use.javaScriptEnabled ?? true;
  const context = await browser.newContext({ baseURL, javaScriptEnabled });
  const ada = await context.newPage();
  await new AuthPages(ada).logIn("investor1@pitchline.test", "investor-demo-pass");
  await ada.goto("/pipeline");
  const harbour = ada.locator("li.pipeline-card").filter({ hasText: "Harbour Hydrogen" });
  await harbour.getByLabel("Move to").selectOption("passed");
  await harbour.getByRole("button", { name: "Move" }).click();
  const again = ada.locator("li.pipeline-card").filter({ hasText: "Harbour Hydrogen" });
  await expect(again.getByText("Say why you pass: a pass needs a reason.")).toBeVisible();
  await again.getByLabel("Move to").selectOption("term_sheet");
  await again.getByRole("button", { name: "Move" }).click();
  await expect(ada.getByText("Card moved.")).toBeVisible();
  await expect(ada.locator('[data-stage="term_sheet"]')).toContainText("Harbour Hydrogen");
  await context.close();
});

test("the board is usable at 390 px", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const ada = await context.newPage();
  await new AuthPages(ada).logIn("investor1@pitchline.test", "investor-demo-pass");
  await ada.goto("/pipeline");
  await expect(ada.getByRole("heading", { name: "Pipeline", level: 1 })).toBeVisible();
  expect(await ada.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const tidal = ada.locator("li.pipeline-card").filter({ hasText: "Tidal Grid" });
  await expect(tidal.getByRole("button", { name: "Move" })).toBeVisible();
  await context.close();
});
