import { fsrs, generatorParameters, type Grade } from 'ts-fsrs';
import {
	fromFsrsCard,
	fromFsrsLog,
	toFsrsCard,
	type CardState,
	type StoredReviewLog
} from './card-state';
import { intervalLabel } from './interval-label';
import { GRADES } from './rating';

export interface SchedulerOptions {
	/** Probability of recall FSRS aims for when the card comes due (0.7–0.99). */
	desiredRetention?: number;
	/**
	 * Spreads reviews a little so cards learned together don't stay due together. ts-fsrs seeds
	 * its fuzz from the review time, reps and memory state, so the same input always gives the
	 * same interval: reproducible in tests and identical in two tabs.
	 */
	enableFuzz?: boolean;
	/** Longest interval in days. */
	maximumInterval?: number;
}

export interface IntervalPreview {
	rating: Grade;
	due: Date;
	/** What the answer button shows: "<1m", "10m", "1d", "2.1mo". */
	label: string;
}

export interface RatingResult {
	state: CardState;
	/** The card as it was before this rating, in ts-fsrs's log shape. */
	log: StoredReviewLog;
}

export interface Scheduler {
	readonly desiredRetention: number;
	/** The four buttons' outcomes, Again → Easy. Does not change anything. */
	previewIntervals(state: CardState, now: Date): IntervalPreview[];
	/** The card's next state after `rating` at `now`. Returns new objects; `state` is untouched. */
	applyRating(state: CardState, rating: Grade, now: Date): RatingResult;
}

export function createScheduler({
	desiredRetention = 0.9,
	enableFuzz = true,
	maximumInterval
}: SchedulerOptions = {}): Scheduler {
	if (!(desiredRetention > 0 && desiredRetention < 1)) {
		throw new RangeError(`desiredRetention must be between 0 and 1, got ${desiredRetention}`);
	}
	const params = generatorParameters({
		request_retention: desiredRetention,
		enable_fuzz: enableFuzz,
		...(maximumInterval === undefined ? {} : { maximum_interval: maximumInterval })
	});
	const engine = fsrs(params);

	return {
		desiredRetention,
		previewIntervals(state, now) {
			const preview = engine.repeat(toFsrsCard(state), now);
			return GRADES.map((rating) => {
				const due = preview[rating].card.due;
				return { rating, due, label: intervalLabel(due.getTime() - now.getTime()) };
			});
		},
		applyRating(state, rating, now) {
			const { card, log } = engine.next(toFsrsCard(state), now, rating);
			return { state: fromFsrsCard(card), log: fromFsrsLog(log) };
		}
	};
}
