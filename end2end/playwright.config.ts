import { defineConfig } from "@playwright/test";

// Debian's Chromium: Playwright cannot download its own browsers on these machines.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "./tests",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  // No baseURL here: tests/fresh-server.ts starts a server with a fresh database for each
  // spec file and hands its address to the tests of that file.
  use: { launchOptions, trace: "retain-on-failure" },
  projects: [
    // Every spec runs with JavaScript (islands hydrate); the `@nojs` ones also run
    // without it, as plain HTML forms.
    { name: "javascript", use: { javaScriptEnabled: true } },
    { name: "no-js", grep: /@nojs/, use: { javaScriptEnabled: false } },
  ],
});
