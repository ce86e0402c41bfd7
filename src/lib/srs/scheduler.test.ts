import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rating, State } from 'ts-fsrs';
import { newCardState, toFsrsCard, fromFsrsCard } from './card-state';
import { createScheduler } from './scheduler';

// fast-check's default of 100 cases; `npm run fuzz` sets FUZZ_RUNS=100000.
const numRuns = Number(process.env.FUZZ_RUNS ?? 100);

const now = new Date('2026-03-10T12:00:00Z');
const DAY = 86_400_000;

describe('createScheduler', () => {
	it('previews Again/Hard/Good/Easy for a new card with Anki-style labels', () => {
		const scheduler = createScheduler();
		const preview = scheduler.previewIntervals(newCardState(now), now);
		expect(preview.map((p) => p.rating)).toEqual([
			Rating.Again,
			Rating.Hard,
			Rating.Good,
			Rating.Easy
		]);
		// Default learning steps are 1m and 10m; Easy graduates straight to days.
		expect(preview.map((p) => p.label)).toEqual(['1m', '6m', '10m', '7d']);
		expect(preview[0]?.due.getTime()).toBe(now.getTime() + 60_000);
	});

	it('applyRating is pure: same input, same output, input untouched', () => {
		const scheduler = createScheduler();
		const state = newCardState(now);
		const copy = structuredClone(state);
		const a = scheduler.applyRating(state, Rating.Good, now);
		const b = scheduler.applyRating(state, Rating.Good, now);
		expect(a).toEqual(b);
		expect(state).toEqual(copy);
		expect(a.state.state).toBe(State.Learning);
		expect(a.state.last_review).toBe(now.getTime());
		expect(a.log.state).toBe(State.New);
		expect(a.log.review).toBe(now.getTime());
	});

	it('fuzz is seeded by ts-fsrs: a long review interval is reproducible (known value)', () => {
		const scheduler = createScheduler({ enableFuzz: true });
		let state = newCardState(now);
		let t = now;
		for (const rating of [Rating.Good, Rating.Good, Rating.Good, Rating.Good] as const) {
			state = scheduler.applyRating(state, rating, t).state;
			t = new Date(state.due);
		}
		const again = scheduler.applyRating(newCardState(now), Rating.Good, now).state;
		expect(again).toEqual(scheduler.applyRating(newCardState(now), Rating.Good, now).state);
		expect(state.state).toBe(State.Review);
		expect(state.scheduled_days).toBe(46);
	});

	// Hard, because ts-fsrs keeps Good > Hard and Easy > Good by a day even past the cap.
	it('respects maximumInterval and desiredRetention', () => {
		const capped = createScheduler({ maximumInterval: 3, enableFuzz: false });
		let state = newCardState(now);
		let t = now;
		for (let i = 0; i < 6; i++) {
			state = capped.applyRating(state, Rating.Hard, t).state;
			t = new Date(state.due);
		}
		expect(state.scheduled_days).toBeLessThanOrEqual(3);
		const strict = createScheduler({ desiredRetention: 0.97, enableFuzz: false });
		const loose = createScheduler({ desiredRetention: 0.8, enableFuzz: false });
		const easy = (s: ReturnType<typeof createScheduler>) =>
			s.applyRating(newCardState(now), Rating.Easy, now).state.due;
		expect(easy(strict)).toBeLessThan(easy(loose));
		expect(() => createScheduler({ desiredRetention: 1.2 })).toThrow(RangeError);
	});

	it('property: due dates survive the number ⇄ Date boundary exactly', () => {
		const scheduler = createScheduler();
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(Rating.Again, Rating.Hard, Rating.Good, Rating.Easy), {
					maxLength: 12
				}),
				fc.integer({ min: 0, max: 10 * DAY }),
				(ratings, gap) => {
					let state = newCardState(now);
					let t = now.getTime();
					for (const rating of ratings) {
						state = scheduler.applyRating(state, rating, new Date(t)).state;
						expect(fromFsrsCard(toFsrsCard(state))).toEqual(state);
						expect(state.due).toBeGreaterThan(t);
						t = state.due + gap;
					}
				}
			),
			{ numRuns }
		);
	});
});
