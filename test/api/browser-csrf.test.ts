// The attack as it was proven, in Debian's Chromium: a page on another origin posts an article into the ledger
// (text/plain and a form need no preflight), and a DNS-rebinding name reads and writes it as if it were the page's
// own. Both are refused now; the ledger stays as it was.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, listen, type RunningServer } from '../../src/api/index.ts';
import { openLedger } from '../../src/ledger/index.ts';
import type { Ledger } from '../../src/ledger/types.ts';
import { closePool } from '../../src/pool/index.ts';
import { launchChromium } from '../helpers/chromium.ts';

const dir = mkdtempSync(join(tmpdir(), 'rumourmill-csrf-'));
const PLANTED = 'Tom Cruise and Ana de Armas have ended their romance, a source told the Daily Mail.';
let ledger: Ledger;
let server: RunningServer;
let evil: Server;
let evilUrl = '';
let context: BrowserContext;

/** The hostile page: a no-cors text/plain fetch and a self-submitting text/plain form, both at the ledger. */
const evilPage = (target: string) => `<!doctype html><title>cute cats</title>
<form id="f" method="POST" action="${target}/api/articles" enctype="text/plain" target="sink">
<input name="date 2025-05-07 ${PLANTED} " value="(form)"></form><iframe name="sink"></iframe>
<script>
  window.sent = fetch('${target}/api/articles', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' },
    body: 'date 2025-05-07 ${PLANTED} (fetch)' }).then(() => 'sent', (e) => String(e));
  document.getElementById('f').submit();
</script>`;

beforeAll(async () => {
  ledger = await openLedger(join(dir, 'csrf.db'));
  server = await listen(createApp(ledger), { port: 0, host: '127.0.0.1' });
  // Another origin on the same machine: localhost is another site than 127.0.0.1.
  evil = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(evilPage(server.url)));
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
  evilUrl = `http://localhost:${(evil.address() as AddressInfo).port}`;
  context = await launchChromium(join(dir, 'profile'), {
    // What a rebinding name does after its short TTL: it resolves to this machine.
    args: ['--host-resolver-rules=MAP rebind.attacker.test 127.0.0.1'],
  });
});
afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => evil?.close(resolve));
  await server?.close();
  await ledger?.close();
  await closePool();
  rmSync(dir, { recursive: true, force: true });
});

describe('in Chromium', () => {
  it('a page on another origin cannot plant an article', async () => {
    const before = await ledger.stories({ limit: 500 });
    const page = await context.newPage();
    const writes: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/api/articles')) writes.push(r.status());
    });
    await page.goto(evilUrl);
    expect(await page.evaluate('window.sent')).toBe('sent');
    // Both reached the server (the fetch and the form's navigation in its frame), and both were refused.
    await expect.poll(() => writes.length, { timeout: 10_000 }).toBe(2);
    expect(writes).toEqual([403, 403]);
    expect(await ledger.stories({ limit: 500 })).toEqual(before);
    expect((await ledger.entities('Ana de Armas')).length).toBe(0);
    await page.close();
  });

  it('a DNS-rebinding name gets 403 for reads and writes', async () => {
    const page = await context.newPage();
    const rebound = server.url.replace('127.0.0.1', 'rebind.attacker.test');
    const first = await page.goto(`${rebound}/api/stories`);
    expect(first?.status()).toBe(403);
    // From the rebinding page's own origin the writes look same-origin: only the Host check stops them.
    const status = await page.evaluate(
      async (planted) =>
        (
          await fetch('/api/articles', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ text: planted }),
          })
        ).status,
      PLANTED,
    );
    expect(status).toBe(403);
    expect((await ledger.entities('Ana de Armas')).length).toBe(0);
    await page.close();
  });
});
