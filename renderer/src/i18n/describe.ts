// A write-off in words, the same in the running summary, the confirmation and the outcome: "100 баллов", "50,00 ₽", "купон «…»".
import type { Messages } from './ru';
import { formatPoints, formatRubles, keepNumbersWhole } from '../lib/format';

export interface WriteOffParts {
  points: number;
  rubles: number;
  coupons: { title: string }[];
}

export function describeWriteOff({ points, rubles, coupons }: WriteOffParts, t: Messages): string[] {
  return [
    ...(points > 0 ? [formatPoints(points, t.intlTag, t.units.points)] : []),
    ...(rubles > 0 ? [formatRubles(rubles, t.intlTag)] : []),
    ...coupons.map((coupon) => t.writeOff.couponLine(keepNumbersWhole(coupon.title))),
  ];
}
