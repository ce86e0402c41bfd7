import * as v from 'valibot';
import type { DatabaseContents } from '$lib/db';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema } from './schema';

export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	/** ISO timestamp. */
	exportedAt: string;
	app: { name: 'Factdeck'; schemaVersion: number };
	data: DatabaseContents;
}

// Compile-time proof that what the schema accepts is a BackupFile, so no cast is needed below.
const acceptsOnlyBackupFiles = (output: v.InferOutput<typeof BackupSchema>): BackupFile => output;

export type ParseResult = { ok: true; backup: BackupFile } | { ok: false; error: string };

/** "reviews[12].rating" from valibot's path, with the `data.` envelope dropped. */
function pathOf(issue: v.BaseIssue<unknown>): string {
	let path = '';
	for (const item of issue.path ?? []) {
		const key = item.key as unknown;
		path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
	}
	return path.replace(/^data\./, '');
}

function describe(issue: v.BaseIssue<unknown>): string {
	// Our own messages ("expected 1–4") are kept; valibot's defaults are already explicit.
	return `${pathOf(issue) || 'file'}: ${issue.message}`;
}

function duplicates<T>(rows: readonly T[], keyOf: (row: T) => string | number, table: string) {
	const seen = new Set<string | number>();
	for (const [i, row] of rows.entries()) {
		const key = keyOf(row);
		if (seen.has(key)) return `${table}[${i}]: duplicate id ${JSON.stringify(key)}`;
		seen.add(key);
	}
	return null;
}

/**
 * Checks the rows agree with each other the way the database guarantees: unique ids, every card in
 * an existing deck with exactly one schedule, every review of an existing card.
 */
export function checkReferences(data: BackupFile['data']): string | null {
	const dup =
		duplicates(data.articles, (a) => a.id, 'articles') ??
		duplicates(data.cards, (c) => c.id, 'cards') ??
		duplicates(data.schedules, (s) => s.cardId, 'schedules') ??
		duplicates(data.reviews, (r) => r.id, 'reviews') ??
		duplicates(data.settings, (s) => s.key, 'settings');
	if (dup) return dup;
	const articles = new Set(data.articles.map((a) => a.id));
	const cards = new Map(data.cards.map((c) => [c.id, c]));
	for (const [i, card] of data.cards.entries()) {
		if (!articles.has(card.articleId)) return `cards[${i}].articleId: no deck ${card.articleId}`;
		if (
			card.id !== `${card.articleId}:${card.questionId}` ||
			card.question.id !== card.questionId
		) {
			return `cards[${i}].id: expected "<articleId>:<questionId>"`;
		}
	}
	for (const [i, schedule] of data.schedules.entries()) {
		const card = cards.get(schedule.cardId);
		if (!card) return `schedules[${i}].cardId: no card ${schedule.cardId}`;
		if (card.articleId !== schedule.articleId || card.suspended !== schedule.suspended) {
			return `schedules[${i}]: does not match its card`;
		}
	}
	if (data.schedules.length !== data.cards.length) {
		const scheduled = new Set(data.schedules.map((s) => s.cardId));
		const i = data.cards.findIndex((c) => !scheduled.has(c.id));
		return `cards[${i}]: has no schedule`;
	}
	for (const [i, review] of data.reviews.entries()) {
		const card = cards.get(review.cardId);
		if (!card) return `reviews[${i}].cardId: no card ${review.cardId}`;
		if (card.articleId !== review.articleId)
			return `reviews[${i}].articleId: does not match its card`;
	}
	return null;
}

/**
 * Reads a backup file's text. Never throws for bad input: a file that is not JSON, truncated,
 * from a newer app, or inconsistent gives `{ ok: false, error }` with the first problem found.
 */
export function parseBackup(text: string): ParseResult {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, error: 'This file is not valid JSON; it may be incomplete or damaged.' };
	}
	const head = (json ?? {}) as { format?: unknown; version?: unknown };
	if (typeof json !== 'object' || head.format !== BACKUP_FORMAT) {
		return { ok: false, error: 'This is not a Factdeck backup file.' };
	}
	if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
		return {
			ok: false,
			error: 'This backup was made by a newer version of Factdeck. Update the app to restore it.'
		};
	}
	const result = v.safeParse(BackupSchema, json);
	if (!result.success) {
		const [first, ...rest] = result.issues;
		const more = rest.length
			? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})`
			: '';
		return { ok: false, error: describe(first) + more };
	}
	const backup = acceptsOnlyBackupFiles(result.output);
	const broken = checkReferences(backup.data);
	return broken ? { ok: false, error: broken } : { ok: true, backup };
}

export function serializeBackup(backup: BackupFile): string {
	return JSON.stringify(backup);
}
