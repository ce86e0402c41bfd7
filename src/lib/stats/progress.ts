import { accuracyByKind, weakestKind, type KindAccuracy } from './accuracy';
import { reviewsToday, studyStreak, type Streak } from './activity';
import { reviewCalendar, type ReviewCalendar } from './calendar';
import { cardCounts, type CardCounts } from './counts';
import { ROLLOVER_HOUR } from './days';
import { dueForecast, type ForecastDay } from './forecast';
import { retentionByMonth, type MonthRetention } from './retention';
import type { KindOfCard, ReviewFacts, ScheduleFacts } from './types';

export interface ProgressInput {
	schedules: readonly ScheduleFacts[];
	reviews: readonly ReviewFacts[];
	kindOf: KindOfCard;
}

export interface ProgressStats {
	counts: CardCounts;
	/** Answers among the reviews given (the page loads a recent window, see `loadProgress`). */
	totalReviews: number;
	reviewsToday: number;
	streak: Streak;
	forecast: ForecastDay[];
	calendar: ReviewCalendar;
	accuracy: KindAccuracy[];
	weakest: KindAccuracy | null;
	retention: MonthRetention[];
}

/** Everything the progress page shows, from plain arrays. */
export function progressStats(
	input: ProgressInput,
	now: Date,
	rolloverHour = ROLLOVER_HOUR
): ProgressStats {
	const { schedules, reviews, kindOf } = input;
	const accuracy = accuracyByKind(reviews, kindOf);
	return {
		counts: cardCounts(schedules),
		totalReviews: reviews.length,
		reviewsToday: reviewsToday(reviews, now, rolloverHour),
		streak: studyStreak(reviews, now, rolloverHour),
		forecast: dueForecast(schedules, now, 30, rolloverHour),
		calendar: reviewCalendar(reviews, now, 26, rolloverHour),
		accuracy,
		weakest: weakestKind(accuracy),
		retention: retentionByMonth(reviews, now, 12, rolloverHour)
	};
}
