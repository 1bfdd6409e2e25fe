// npm run bench: what a cashier waits for, each beside its floor measured in the same run; a table, a JSON file, docs on request.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { createSimulator } from '../../electron/training/simulator';
import { generateClients } from '../../electron/training/generate-clients';
import { MARKS } from '../../renderer/src/lib/marks';
import { startDesk, type Desk, type DeskOptions } from '../support/desk';
import { launchChromium, newTerminalPage, waitForMark } from './browser';
import { table, type Figure } from './figures';
import { describeMachine, machineLine } from './machine';
import { benchHistory } from './parts/history';
import { benchHugeList } from './parts/huge-list';
import { benchLookup } from './parts/lookup';
import { benchMemory } from './parts/memory';
import { benchRenderer } from './parts/renderer';
import { benchServerCost, storeData } from './parts/server-cost';
import { benchWriteOff } from './parts/write-off';

/** A typical store-to-cloud round trip, added by the simulator to every request. */
const LATENCY_MS = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const SHIFT_LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 1000);
const HUGE_LIST_CLIENTS = 100_000;
const ROOT = path.resolve(import.meta.dirname, '../..');
const RESULTS_FILE = path.join(ROOT, '.tmp/bench-results.json');
const DOCS_FILE = path.join(ROOT, 'docs/benchmarks.md');
const FAILURE_SCREENSHOT = path.join(ROOT, '.tmp/bench-failure.png');
/** `--docs` rewrites the generated block of docs/benchmarks.md with this run. */
const WRITE_DOCS = process.argv.includes('--docs');
/** `--only=1,4` runs only those parts, for working on one of them. */
const ONLY = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .map(Number);
const wanted = (part: number) => !ONLY || ONLY.includes(part);

/** A desk (simulator at 50 ms, real handlers) and a page with the app open on its search screen; both closed afterwards. */
async function withDesk<T>(
  browser: Browser,
  options: DeskOptions,
  work: (desk: Desk, page: Page) => Promise<T>,
): Promise<T> {
  const desk = await startDesk(options);
  const page = await newTerminalPage(browser);
  try {
    desk.simulator.setLatency(LATENCY_MS);
    await desk.open(page);
    await waitForMark(page, MARKS.searchReady);
    return await work(desk, page);
  } catch (error) {
    // What the window showed when a part failed, for whoever reads why (a bench run has no trace viewer).
    await page.screenshot({ path: FAILURE_SCREENSHOT }).catch(() => undefined);
    log(`   failed; the window at that moment: ${FAILURE_SCREENSHOT}`);
    throw error;
  } finally {
    await page.context().close();
    await desk.close();
  }
}

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function part(figures: Figure[], number: number, title: string, measure: () => Promise<Figure[]>): Promise<void> {
  if (!wanted(number)) return;
  const start = performance.now();
  log(`${number}. ${title}…`);
  const measured = await measure();
  figures.push(...measured);
  log(`   done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

/** Replaces what lies between the two markers of docs/benchmarks.md, leaving the reading around them as written. */
async function writeDocs(block: string): Promise<void> {
  const [open, close] = ['<!-- bench:start -->', '<!-- bench:end -->'];
  const text = await readFile(DOCS_FILE, 'utf8');
  const from = text.indexOf(open);
  const to = text.indexOf(close);
  if (from < 0 || to < from) throw new Error(`${DOCS_FILE} has no ${open} … ${close} block`);
  await writeFile(DOCS_FILE, `${text.slice(0, from + open.length)}\n${block}\n${text.slice(to)}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const browser = await launchChromium();
  const figures: Figure[] = [];
  try {
    if ([1, 3, 4, 5, 6].some(wanted)) {
      await withDesk(browser, {}, async (desk, page) => {
        await part(figures, 1, 'look-up to card', () => benchLookup(desk, page, RUNS));
        await part(figures, 3, 'history paging', () => benchHistory(desk, page, RUNS));
        await part(figures, 4, 'write-off and journal', () => benchWriteOff(desk, page, RUNS));
        await part(figures, 5, 'renderer weight and start', () => benchRenderer(desk, page, RUNS));
        await part(figures, 6, `memory over ${SHIFT_LOOKUPS} look-ups`, () => benchMemory(desk, page, SHIFT_LOOKUPS));
      });
    }
    if (wanted(7)) {
      const data = storeData();
      const simulator = createSimulator({ data });
      await withDesk(browser, { simulator }, (desk, page) =>
        part(figures, 7, 'what reading ahead costs the server', () => benchServerCost(desk, page, data)),
      );
    }
    if (wanted(2)) {
      const simulator = createSimulator({ data: generateClients(HUGE_LIST_CLIENTS) });
      await withDesk(browser, { simulator }, (desk, page) =>
        part(figures, 2, 'a huge match list', () => benchHugeList(desk, page, RUNS)),
      );
    }
    figures.sort((a, b) => a.part - b.part);
    const machine = await describeMachine(browser.version());
    const seconds = Math.round((Date.now() - started) / 1000);
    const summary = `${new Date(started).toISOString().slice(0, 10)}, ${seconds} s, simulator latency ${LATENCY_MS} ms, ${RUNS} runs a figure after 3 warm-up runs`;
    const notes = figures.filter((f) => f.note).map((f) => `- ${f.name}: ${f.note}`);
    const report = [`Machine: ${machineLine(machine)}`, `Run: ${summary}`, '', table(figures), '', ...notes].join('\n');
    log(`\n${report}`);
    await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
    await writeFile(
      RESULTS_FILE,
      `${JSON.stringify({ machine, run: { started, seconds, latencyMs: LATENCY_MS, runs: RUNS, shiftLookups: SHIFT_LOOKUPS }, figures }, null, 2)}\n`,
    );
    log(`\nFigures written to ${path.relative(ROOT, RESULTS_FILE)}`);
    if (WRITE_DOCS) {
      await writeDocs(report);
      log(`Table written to ${path.relative(ROOT, DOCS_FILE)}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
