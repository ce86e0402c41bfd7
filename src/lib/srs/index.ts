export {
	newCardState,
	toFsrsCard,
	fromFsrsCard,
	State,
	type CardState,
	type StoredReviewLog
} from './card-state';
export {
	createScheduler,
	type Scheduler,
	type SchedulerOptions,
	type IntervalPreview,
	type RatingResult
} from './scheduler';
export { intervalLabel } from './interval-label';
export { quizOutcomeToRating, isGrade, GRADES, Rating, type Grade } from './rating';
export { startOfStudyDay, startOfNextStudyDay } from './study-day';
