import * as v from 'valibot';
import { FACT_KINDS } from '$lib/engine/types';

/** Valibot schemas for one backup file, version 1. The prose version is docs/backup-format.md. */

const id = v.pipe(v.string(), v.minLength(1, 'expected a non-empty id'));
const epochMs = v.pipe(v.number(), v.finite('expected a time in epoch milliseconds'));
const count = v.pipe(
	v.number(),
	v.integer('expected a whole number'),
	v.minValue(0, 'expected ≥ 0')
);
const flag = v.picklist([0, 1], 'expected 0 or 1');
const fsrsState = v.picklist([0, 1, 2, 3], 'expected an FSRS state 0–3');
const rating = v.picklist([1, 2, 3, 4], 'expected 1–4');

const span = { start: count, end: count };

export const QuestionSchema = v.object({
	id,
	type: v.picklist(['multiple-choice', 'true-false', 'cloze', 'matching', 'ordering', 'flashcard']),
	prompt: v.string(),
	answer: v.string(),
	options: v.optional(v.array(v.string())),
	pairs: v.optional(v.array(v.object({ left: v.string(), right: v.string() }))),
	items: v.optional(v.array(v.string())),
	accept: v.optional(v.array(v.string())),
	back: v.optional(v.string()),
	fact: v.picklist(FACT_KINDS),
	source: v.object({ ...span, sentence: v.string() }),
	score: v.pipe(v.number(), v.finite())
});

const cardStateEntries = {
	due: epochMs,
	stability: v.pipe(v.number(), v.finite(), v.minValue(0, 'expected ≥ 0')),
	difficulty: v.pipe(v.number(), v.finite()),
	elapsed_days: v.pipe(v.number(), v.finite()),
	scheduled_days: v.pipe(v.number(), v.finite()),
	learning_steps: count,
	reps: count,
	lapses: count,
	state: fsrsState,
	last_review: v.nullable(epochMs)
};

export const CardStateSchema = v.object(cardStateEntries);

export const ArticleSchema = v.object({
	id,
	title: v.string(),
	text: v.string(),
	sourceUrl: v.optional(v.string()),
	publishedAt: v.optional(v.string()),
	addedAt: epochMs,
	engineVersion: v.string(),
	isSample: v.optional(v.boolean())
});

export const CardSchema = v.object({
	id,
	articleId: id,
	questionId: id,
	question: QuestionSchema,
	fact: QuestionSchema.entries.fact,
	suspended: flag,
	createdAt: epochMs
});

export const ScheduleSchema = v.object({
	cardId: id,
	articleId: id,
	suspended: flag,
	...cardStateEntries
});

/**
 * Review ids are the database's own counter, and a restored id moves that counter past itself.
 * IndexedDB refuses every later insert once the counter passes 2^53, and clearing the table does
 * not reset it: one backup with a huge id (found by `npm run fuzz`) would make every future answer
 * fail. 2^52 leaves room for more answers than anyone will ever give.
 */
export const MAX_REVIEW_ID = 2 ** 52;

export const ReviewSchema = v.object({
	id: v.pipe(
		v.number(),
		v.integer('expected a whole number'),
		v.minValue(1, 'expected ≥ 1'),
		v.maxValue(MAX_REVIEW_ID, 'expected ≤ 2^52')
	),
	cardId: id,
	articleId: id,
	rating,
	mode: v.picklist(['flashcard', 'quiz'], "expected 'flashcard' or 'quiz'"),
	answer: v.string(),
	correct: v.boolean(),
	durationMs: count,
	reviewedAt: epochMs,
	prevState: fsrsState,
	prev: CardStateSchema,
	log: v.object({
		rating: v.picklist([0, 1, 2, 3, 4], 'expected 0–4'),
		state: fsrsState,
		due: epochMs,
		stability: v.number(),
		difficulty: v.number(),
		elapsed_days: v.number(),
		last_elapsed_days: v.number(),
		scheduled_days: v.number(),
		learning_steps: v.number(),
		review: epochMs
	})
});

const boolSetting = (key: 'sampleSeeded' | 'sampleDeleted') =>
	v.object({ key: v.literal(key), value: v.boolean() });

export const SettingRowSchema = v.variant('key', [
	v.object({
		key: v.literal('desiredRetention'),
		value: v.pipe(
			v.number(),
			v.minValue(0.7, 'expected 0.7–0.99'),
			v.maxValue(0.99, 'expected 0.7–0.99')
		)
	}),
	v.object({
		key: v.literal('newPerDay'),
		value: v.pipe(count, v.maxValue(9999, 'expected ≤ 9999'))
	}),
	v.object({
		key: v.literal('quizLength'),
		value: v.pipe(count, v.minValue(1, 'expected 1–200'), v.maxValue(200, 'expected 1–200'))
	}),
	v.object({ key: v.literal('theme'), value: v.picklist(['system', 'light', 'dark']) }),
	boolSetting('sampleSeeded'),
	boolSetting('sampleDeleted')
]);

export const BACKUP_FORMAT = 'factdeck-backup';
export const BACKUP_VERSION = 1;

export const BackupSchema = v.object({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(BACKUP_VERSION),
	exportedAt: v.pipe(v.string(), v.isoTimestamp('expected an ISO timestamp')),
	app: v.object({ name: v.literal('Factdeck'), schemaVersion: count }),
	data: v.object({
		articles: v.array(ArticleSchema),
		cards: v.array(CardSchema),
		schedules: v.array(ScheduleSchema),
		reviews: v.array(ReviewSchema),
		settings: v.array(SettingRowSchema)
	})
});
