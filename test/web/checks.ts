// What every page of the desk must pass, at every width: axe-core finds nothing, and nothing sticks out of its box.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** axe-core's violations on the page as `rule: target (summary)` lines (empty when there are none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? v.help})`),
  );
}

/**
 * Elements that stick out of their parent's box sideways, or whose content is wider than they are (a word or a badge
 * that does not wrap), and how far, plus the page's own sideways scroll. Elements that scroll on purpose (overflow
 * auto or scroll) and visually hidden ones (clipped to 1 px) are left out; so are an SVG's insides (the SVG is checked).
 */
export async function overflows(page: Page): Promise<string[]> {
  // A string, not a function: a transpiler's helpers (esbuild's __name) do not exist in the page.
  return page.evaluate<string[]>(OVERFLOWS);
}

const OVERFLOWS = `(() => {
  const out = [];
  const sideways = document.documentElement.scrollWidth - window.innerWidth;
  if (sideways > 0) out.push('the page scrolls sideways by ' + sideways + 'px');
  const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : '');
  const scrolls = (x) => ['auto', 'scroll'].includes(getComputedStyle(x).overflowX);
  for (const e of document.querySelectorAll('main *')) {
    if (e.closest('svg') && e.tagName.toLowerCase() !== 'svg') continue;
    let clipped = false;
    for (let x = e; x && x.tagName !== 'MAIN'; x = x.parentElement) if (getComputedStyle(x).clip !== 'auto') clipped = true;
    if (clipped) continue;
    const style = getComputedStyle(e);
    if (style.display === 'none' || style.position === 'fixed') continue;
    const r = e.getBoundingClientRect();
    if (r.width <= 1 && r.height <= 1) continue;
    const parent = e.parentElement;
    const p = parent.getBoundingClientRect();
    if (!scrolls(parent) && (r.right > p.right + 1 || r.left < p.left - 1)) {
      out.push(name(e) + ' sticks out of ' + name(parent) + ' by ' + Math.round(Math.max(r.right - p.right, p.left - r.left)) + 'px');
    }
    // A text field scrolls its own value by design (a long URL in its field); a select's cut-off option does not.
    const field = e.tagName === 'INPUT' || e.tagName === 'TEXTAREA';
    if (!scrolls(e) && !field && style.display !== 'inline' && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1) {
      out.push(name(e) + "'s content is " + (e.scrollWidth - e.clientWidth) + 'px wider than it');
    }
  }
  return out.slice(0, 20);
})()`;

/** Waits until the router has put a page in place (main is no longer busy). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('main')?.hasAttribute('aria-busy') && document.querySelector('main h1') !== null,
  );
}

/** Does `act` (a click, a choice) and waits for the page it leads to: a new page in main, no longer busy. */
export async function nextPage(page: Page, act: () => Promise<unknown>): Promise<void> {
  await page.evaluate(`window.__deskPage = document.querySelector('main')?.firstElementChild`);
  await act();
  // A function, not a string: the page's Content-Security-Policy forbids evaluating strings there.
  await page.waitForFunction(() => {
    // No main yet (the page itself still loading): keep waiting.
    const main = document.querySelector('main');
    return (
      !!main &&
      main.firstElementChild !== (window as unknown as { __deskPage?: Element }).__deskPage &&
      !main.hasAttribute('aria-busy')
    );
  });
}

/**
 * Short words (2–12 letters or digits, or a date such as 2021-08-31) that the layout broke across two lines: "engage|d"
 * in a narrow Stage column, "2021-|08-31" in the timeline's date column.
 * A word too long for any line (a 20,000-character one) must break; a short one breaking means a column too narrow.
 */
export async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(BROKEN_WORDS);
}

const BROKEN_WORDS = `(() => {
  const out = [];
  const main = document.querySelector('main');
  if (!main) return out;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const e = n.parentElement;
    if (!e || e.closest('svg') || e.getClientRects().length === 0) continue;
    // Visually hidden text (clipped to 1 px, for screen readers) breaks everywhere by design.
    let clipped = false;
    for (let x = e; x && x !== main; x = x.parentElement) if (getComputedStyle(x).clip !== 'auto') clipped = true;
    if (clipped) continue;
    for (const m of n.textContent.matchAll(/\\d{4}-\\d\\d(?:-\\d\\d)?|[\\p{L}\\p{N}]+/gu)) {
      if (m[0].length < 2 || m[0].length > 12) continue;
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) {
        const where = e.tagName.toLowerCase() + (e.classList.length ? '.' + [...e.classList].join('.') : '');
        const cell = e.closest('td, th');
        out.push('"' + m[0] + '" is broken across lines in ' + where + (cell && cell !== e ? ' (in ' + cell.tagName.toLowerCase() + '.' + [...cell.classList].join('.') + ')' : ''));
      }
    }
  }
  return [...new Set(out)].slice(0, 20);
})()`;

/**
 * Short words and dates of a text field's placeholder that its box breaks across two lines: the add page's
 * '(or "date YYYY-|MM-DD")' on a phone. A placeholder is no text node, so it is laid out again in a copy of the
 * field's text box (same font, same inner width, same wrapping) and measured there.
 */
export async function brokenPlaceholders(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(BROKEN_PLACEHOLDERS);
}

const BROKEN_PLACEHOLDERS = `(() => {
  const out = [];
  for (const field of document.querySelectorAll('main textarea[placeholder]')) {
    if (field.getClientRects().length === 0 || field.value !== '') continue;
    const style = getComputedStyle(field);
    const copy = document.createElement('div');
    for (const p of ['font', 'letterSpacing', 'wordSpacing', 'lineHeight', 'overflowWrap', 'wordBreak', 'hyphens', 'textTransform']) copy.style[p] = style[p];
    copy.style.whiteSpace = 'pre-wrap';
    copy.style.position = 'absolute';
    copy.style.top = '0';
    copy.style.left = '0';
    copy.style.visibility = 'hidden';
    copy.style.width = (field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) + 'px';
    copy.textContent = field.placeholder;
    document.body.append(copy);
    const text = copy.firstChild;
    const range = document.createRange();
    for (const m of field.placeholder.matchAll(/[A-Za-z0-9]{4}[-\\u2011][A-Za-z0-9]{2}(?:[-\\u2011][A-Za-z0-9]{2})?|[\\p{L}\\p{N}]+/gu)) {
      if (m[0].length < 2 || m[0].length > 12) continue;
      range.setStart(text, m.index);
      range.setEnd(text, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) out.push('"' + m[0] + '" is broken across lines in the placeholder of #' + field.id);
    }
    copy.remove();
  }
  return out;
})()`;
