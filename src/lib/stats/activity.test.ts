import { describe, expect, it } from 'vitest';
import { reviewsToday, studyStreak } from './activity';
import { at, makeReview, reviewsOn } from './testing';

describe('reviewsToday', () => {
	it('counts answers since 4 am, including those after midnight the night before', () => {
		const reviews = [
			makeReview({ reviewedAt: at(9, 23).getTime() }),
			makeReview({ reviewedAt: at(10, 2).getTime() }),
			makeReview({ reviewedAt: at(10, 5).getTime() }),
			makeReview({ reviewedAt: at(10, 11).getTime() })
		];
		expect(reviewsToday(reviews, at(10, 12))).toBe(2);
		// At 3 am the study day that began at 4 am yesterday is still running.
		expect(reviewsToday(reviews, at(10, 3))).toBe(2);
	});
});

describe('studyStreak', () => {
	it('counts consecutive study days ending today', () => {
		expect(studyStreak(reviewsOn(5, 8, 9, 10), at(10))).toEqual({
			current: 3,
			studiedToday: true,
			longest: 3
		});
	});

	it('keeps yesterday’s streak alive until today ends', () => {
		expect(studyStreak(reviewsOn(8, 9), at(10))).toMatchObject({ current: 2, studiedToday: false });
	});

	it('is broken by a whole day without answers, but remembers the longest run', () => {
		expect(studyStreak(reviewsOn(1, 2, 3, 4, 8), at(10))).toEqual({
			current: 0,
			studiedToday: false,
			longest: 4
		});
	});

	it('counts a 1 am answer toward the evening before', () => {
		const late = makeReview({ reviewedAt: at(10, 1).getTime() });
		expect(studyStreak([...reviewsOn(8), late], at(10, 12)).current).toBe(2);
	});

	it('runs across the end of a month and a daylight-saving change', () => {
		// 29 March 2026 is the EU clock change; 1 April is a new month.
		const reviews = [28, 29, 30, 31].map((day) => makeReview({ reviewedAt: at(day).getTime() }));
		reviews.push(makeReview({ reviewedAt: at(1, 12, 3).getTime() }));
		expect(studyStreak(reviews, at(1, 20, 3))).toEqual({
			current: 5,
			studiedToday: true,
			longest: 5
		});
	});

	it('is zero with no answers', () => {
		expect(studyStreak([], at(10))).toEqual({ current: 0, studiedToday: false, longest: 0 });
	});
});
