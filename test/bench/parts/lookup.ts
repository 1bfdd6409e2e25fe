// Part 1: Enter in the phone field to the card painted with balances and coupons, against search + balance ‖ coupons by fetch.
import type { Page } from '@playwright/test';
import { DEMO } from '../../../electron/training/demo-data';
import type { Desk } from '../../support/desk';
import { serveCustomer } from '../cashier';
import { ratioFigure, type Figure } from '../figures';
import { rawLookup } from '../raw';
import { samplePaired, summarize } from '../stats';

export const LOOKUP_TARGET_RATIO = 1.1;

export async function benchLookup(desk: Desk, page: Page, runs: number): Promise<Figure[]> {
  const { phone, id } = DEMO.single;
  const samples = await samplePaired(
    runs,
    () => serveCustomer(page, phone),
    () => rawLookup(desk.simulatorUrl, phone, id),
  );
  return [
    ratioFigure(
      {
        part: 1,
        name: 'lookup: Enter → card painted',
        unit: 'ms',
        app: summarize(samples.app),
        baselineName: 'fetch search, then balance ‖ coupons',
        baseline: summarize(samples.baseline),
      },
      LOOKUP_TARGET_RATIO,
    ),
  ];
}
