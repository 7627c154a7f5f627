/**
 * The accessibility check every screen passes: axe-core (WCAG 2.x A and AA rules, best
 * practices) over the whole page as the user sees it. A violation is reported with its rule,
 * what it means and the first elements it names, so a failure says what to fix.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** One violation, short enough to read in a test failure. */
export interface AxeFinding {
  rule: string;
  impact: string | null | undefined;
  help: string;
  nodes: number;
  targets: string[];
  /** axe's summary for the first element ("Element has insufficient color contrast of…"). */
  summary: string;
}

/** Runs axe-core on the page and answers its violations. */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.length,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    summary: violation.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' ') ?? '',
  }));
}

/** Fails the test, naming `screen`, when axe-core finds any violation. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const findings = await axeFindings(page);
  expect(findings, `axe-core violations on ${screen}`).toEqual([]);
}
