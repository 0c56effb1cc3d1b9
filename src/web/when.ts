// TIMEX3-ish values → the day interval they cover, for placing items on a time axis.
const DAY = 86_400_000;

/** [first day, last day] in UTC ms, or null for values with no place on a calendar (P3D, PAST_REF). */
export function dayRange(value: string): [number, number] | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
    return [t, t];
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = Date.UTC(+m[1]!, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (+m[2]! - 1) * 7 * DAY;
    return [monday, monday + 6 * DAY];
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return [Date.UTC(+m[1]!, +m[2]! - 1, 1), Date.UTC(+m[1]!, +m[2]!, 1) - DAY];
  m = /^(\d{4})$/.exec(value);
  if (m) return [Date.UTC(+m[1]!, 0, 1), Date.UTC(+m[1]!, 11, 31)];
  return null;
}

export function spanOf(start: string, end: string): [number, number] | null {
  const a = dayRange(start);
  const b = dayRange(end);
  if (!a && !b) return null;
  return [(a ?? b)![0], (b ?? a)![1]];
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export { DAY };
