import { describe, expect, it } from 'vitest';
import { reviewCalendar } from './calendar';
import { at, makeReview, reviewsOn } from './testing';

describe('reviewCalendar', () => {
	// 10 March 2026 is a Tuesday.
	const now = at(10, 12);

	it('lays out whole weeks from a Monday up to today', () => {
		const { days } = reviewCalendar([], now, 26);
		expect(days[0]?.weekday).toBe(0);
		expect(new Date(days[0]?.start ?? 0).getDay()).toBe(1);
		expect(days.at(-1)).toMatchObject({ key: '2026-03-10', week: 25, weekday: 1 });
		expect(days).toHaveLength(25 * 7 + 2);
	});

	it('counts answers per study day and shades by quarters of the busiest day', () => {
		const reviews = [
			...reviewsOn(2, 2, 2, 2, 2, 2, 2, 2, 9),
			makeReview({ reviewedAt: at(10, 1).getTime() })
		];
		const calendar = reviewCalendar(reviews, now, 2);
		const byKey = new Map(calendar.days.map((d) => [d.key, d]));
		expect(byKey.get('2026-03-02')).toMatchObject({ reviews: 8, level: 4 });
		expect(byKey.get('2026-03-09')).toMatchObject({ reviews: 2, level: 1 });
		expect(byKey.get('2026-03-10')).toMatchObject({ reviews: 0, level: 0 });
		expect(calendar).toMatchObject({ busiest: 8, daysStudied: 2, reviews: 10 });
	});

	it('leaves out answers before the first week', () => {
		const calendar = reviewCalendar(reviewsOn(1), now, 1);
		expect(calendar.reviews).toBe(0);
		expect(calendar.days.map((d) => d.key)).toEqual(['2026-03-09', '2026-03-10']);
	});
});
