export type { ScheduleFacts, ReviewFacts, KindOfCard } from './types';
export { cardCounts, MASTERED_STABILITY_DAYS, type CardCounts } from './counts';
export { reviewsToday, studyStreak, type Streak } from './activity';
export { dueForecast, type ForecastDay } from './forecast';
export { reviewCalendar, type CalendarDay, type ReviewCalendar } from './calendar';
export {
	accuracyByKind,
	weakestKind,
	weakestKindAdvice,
	FACT_KINDS,
	KIND_LABELS,
	MIN_ANSWERS_FOR_ADVICE,
	type KindAccuracy
} from './accuracy';
export { retentionByMonth, type MonthRetention } from './retention';
export { progressStats, type ProgressInput, type ProgressStats } from './progress';
export { loadProgress, HISTORY_DAYS, type ProgressData, type DeckTitle } from './query';
export { formatBytes, formatPercent } from './format';
export { studyDayKey, dateKey, addStudyDays, ROLLOVER_HOUR } from './days';
