import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { scorecard } from "../../src";
import { generateCounty } from "../../src/demo";
import { scorecardHtml } from "../../src/report/scorecard-html";

/** Debian's Chromium (`apt-get install chromium`); no browser is ever downloaded. */
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

describe("the scorecard's HTML page in a real browser", () => {
  it.skipIf(!existsSync(CHROMIUM))(`renders with a chart per team, no script and no request${existsSync(CHROMIUM) ? "" : ` (skipped: no Chromium at ${CHROMIUM})`}`, async () => {
    const data = generateCounty({ areas: 1, teamsPerArea: 3, staffPerTeam: 5, years: 1, endOn: "2025-03-31" });
    const card = await scorecard(data, { from: "2024-04", to: "2025-03", by: "team" });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    try {
      const page = await browser.newPage({ javaScriptEnabled: false });
      const requests: string[] = [];
      page.on("request", (r) => { if (!r.url().startsWith("data:") && r.url() !== "about:blank") requests.push(r.url()); });
      await page.setContent(scorecardHtml(card));
      const sections = page.locator("section.place");
      expect(await sections.count()).toBe(3);
      for (let i = 0; i < 3; i++) {
        const chart = sections.nth(i).locator("svg.rate").first();
        expect(await chart.isVisible()).toBe(true);
        expect((await chart.boundingBox())?.width).toBeGreaterThan(100);
      }
      expect(await page.locator("table.heat tbody tr").count()).toBe(3);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
