/**
 * The timeline of the relationship: its periods, and where an event falls among periods and
 * decades. Pure, shared by the build (the prerendered list), the page's filter and the tests.
 */
import type { MilestoneKind } from '$lib/data/schema';
import type { Localized } from '$lib/evidence/source';

export interface Period {
  /** Anchor of the period's section: `#period-1945-1954`. */
  id: string;
  /** First date that belongs to the period (compared as text with YYYY, YYYY-MM and YYYY-MM-DD). */
  start: string;
  /** The years as the book prints them. */
  years: Localized;
  name: Localized;
}

/**
 * The periods of the book (seed-000, "Lịch sử quan hệ đặc biệt Việt Nam – Lào (1930 - 2017)"):
 * its chapters I–III and their sections, then the task it sets in chapter IV, section II. Where the
 * book ends (2017) its last period runs on to the end of the 2011–2020 strategy.
 *
 * The borders follow where the book tells an event, not only the round years: chapter I closes with
 * the Lao Itsala government of 12 October 1945 and chapter II opens with the treaty of 16 October;
 * section II.I closes with the Geneva Agreements of 21 July 1954; chapter II closes with the Lao
 * People's Democratic Republic of December 1975 and chapter III opens in 1976. A date given only to
 * the year sorts before every day of that year ("1945" < "1945-10-13"), as the book tells such events
 * before the turn.
 */
export const periods: Period[] = [
  {
    id: 'before-1930',
    start: '',
    years: { vi: 'Trước 1930', en: 'Before 1930', lo: 'ກ່ອນປີ 1930' },
    name: { vi: 'Cơ sở hình thành quan hệ đặc biệt', en: 'The roots of the special relationship', lo: 'ພື້ນຖານການກໍ່ຕົວຂອງສາຍພົວພັນພິເສດ' }
  },
  {
    id: '1930-1945',
    start: '1930',
    years: { vi: '1930–1945', en: '1930–1945', lo: '1930–1945' },
    name: { vi: 'Đấu tranh giành độc lập, tự do', en: 'The struggle for independence and freedom', lo: 'ການຕໍ່ສູ້ເພື່ອເອກະລາດ ແລະ ອິດສະລະພາບ' }
  },
  {
    id: '1945-1954',
    start: '1945-10-13',
    years: { vi: '1945–1954', en: '1945–1954', lo: '1945–1954' },
    name: { vi: 'Liên minh chiến đấu chống thực dân Pháp', en: 'Fighting alliance against French colonial rule', lo: 'ພັນທະມິດສູ້ຮົບຕ້ານນັກລ່າອານານິຄົມຝຣັ່ງ' }
  },
  {
    id: '1954-1975',
    start: '1954-07-22',
    years: { vi: '1954–1975', en: '1954–1975', lo: '1954–1975' },
    name: { vi: 'Liên minh chiến đấu chống đế quốc Mỹ xâm lược', en: 'Fighting alliance in the resistance war against the United States', lo: 'ພັນທະມິດສູ້ຮົບຕ້ານຈັກກະພັດອາເມລິກາຮຸກຮານ' }
  },
  {
    id: '1975-1985',
    start: '1976',
    years: { vi: '1975–1985', en: '1975–1985', lo: '1975–1985' },
    name: { vi: 'Hợp tác toàn diện', en: 'Comprehensive cooperation', lo: 'ການຮ່ວມມືຮອບດ້ານ' }
  },
  {
    id: '1986-2010',
    start: '1986',
    years: { vi: '1986–2010', en: '1986–2010', lo: '1986–2010' },
    name: { vi: 'Củng cố và tăng cường hợp tác toàn diện', en: 'Consolidating and strengthening comprehensive cooperation', lo: 'ເສີມຂະຫຍາຍ ແລະ ເພີ່ມທະວີການຮ່ວມມືຮອບດ້ານ' }
  },
  {
    id: '2011-2020',
    start: '2011',
    years: { vi: '2011–2020', en: '2011–2020', lo: '2011–2020' },
    name: { vi: 'Nâng cao hiệu quả quan hệ hợp tác toàn diện', en: 'Making comprehensive cooperation more effective', lo: 'ຍົກສູງປະສິດທິຜົນຂອງການຮ່ວມມືຮອບດ້ານ' }
  },
  {
    id: 'since-2021',
    start: '2021',
    years: { vi: 'Từ 2021', en: 'Since 2021', lo: 'ແຕ່ປີ 2021' },
    name: { vi: 'Đưa quan hệ đặc biệt lên tầm cao mới', en: 'Taking the special relationship to a new height', lo: 'ນຳສາຍພົວພັນພິເສດຂຶ້ນສູ່ລະດັບສູງໃໝ່' }
  }
];

/** The period an event belongs to, by its (first) date. */
export function periodOf(date: string): Period {
  let found = periods[0];
  for (const p of periods) if (date >= p.start) found = p;
  return found;
}

/** The first and last year an event covers. */
export function yearsOf(date: string, dateEnd = ''): [number, number] {
  const from = Number(date.slice(0, 4));
  const to = dateEnd ? Number(dateEnd.slice(0, 4)) : from;
  return [from, Math.max(from, to)];
}

export const decadeOf = (year: number) => Math.floor(year / 10) * 10;

/** Whether an event covering these years happened (at least in part) in the decade. */
export function inDecade([from, to]: [number, number], decade: number): boolean {
  return from <= decade + 9 && to >= decade;
}

/** The fields of an event that grouping needs. */
export interface Dated {
  date: string;
}

export interface PeriodGroup<T> {
  period: Period;
  events: T[];
}

/** Events by period, in the periods' order; a period without events is left out. Event order is kept. */
export function groupByPeriod<T extends Dated>(events: T[]): PeriodGroup<T>[] {
  const groups = periods.map((period) => ({ period, events: [] as T[] }));
  for (const e of events) groups[periods.indexOf(periodOf(e.date))].events.push(e);
  return groups.filter((g) => g.events.length);
}

/** The first event that starts in each decade, by id: it carries the decade's anchor (#decade-1970). */
export function decadeAnchors(events: { id: string; date: string }[]): Map<string, number> {
  const anchors = new Map<string, number>();
  const seen = new Set<number>();
  for (const e of events) {
    const d = decadeOf(yearsOf(e.date)[0]);
    if (!seen.has(d)) {
      seen.add(d);
      anchors.set(e.id, d);
    }
  }
  return anchors;
}

/** Chronological order: by date, then by end date (an event without one first), then by id. */
export function byDate(a: { date: string; dateEnd: string; id: string }, b: { date: string; dateEnd: string; id: string }): number {
  return a.date.localeCompare(b.date) || a.dateEnd.localeCompare(b.dateEnd) || a.id.localeCompare(b.id);
}

/** One event as the timeline shows it, in the page's language (built at build time). */
export interface TimelineEvent {
  /** The milestone id; also the event's anchor on the timeline (`#ev-1977-07-18-…`). */
  id: string;
  date: string;
  dateEnd: string;
  /** The date as precise as the source states it: `18/7/1977`, `7/1977`, `1976–1985`. */
  when: string;
  kind: MilestoneKind;
  importance: number;
  title: string;
  quote: string;
  /** The language of the quote: its source's. */
  quoteLang: string;
  note: string;
  /** The note's language when it is not the page's (a Lao page shows the English note). */
  noteLang?: string;
  /** "Ban Tuyên giáo Trung ương (2017), Lịch sử … — dòng 441". */
  cite: string;
  /** The same, in parts: the title marked with its language when it is not the page's. */
  citeParts: { who: string; title: string; titleLang: string; where: string };
  /** The event's entry on the Sources page. */
  sourceHref: string;
}
