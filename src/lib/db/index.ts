export { FactdeckDB, DB_NAME, type StorageStatus } from './database';
export {
	StorageError,
	MissingCardError,
	classifyStorageError,
	type StorageErrorKind
} from './errors';
export type {
	Article,
	Card,
	Schedule,
	Review,
	ReviewMode,
	Settings,
	SettingRow,
	Theme
} from './schema';
export { SCHEMA_VERSIONS, LATEST_VERSION } from './schema';
export {
	saveDeck,
	regenerateDeck,
	deleteDeck,
	setSuspended,
	ensureSampleDeck,
	cardIdFor,
	type NewArticle,
	type RegenerateInput,
	type RegenerateResult,
	type SampleDeck
} from './decks';
export { recordAnswer, undoLastAnswer, type AnswerInput, type UndoResult } from './answers';
export { deckDetail, type DeckCard, type DeckDetail } from './deck-detail';
export { quizPool, type QuizPool } from './quiz-pool';
export { progressRows, type ProgressRows } from './progress-rows';
export {
	dueQueue,
	SESSION_QUEUE_LIMIT,
	deckSummaries,
	type DueQueue,
	type DueQueueOptions,
	type QueueEntry,
	type QueueKind,
	type DeckSummary
} from './queue';
export { getSettings, updateSettings, storedTheme, DEFAULT_SETTINGS } from './settings';
export { requestPersistentStorage, storageEstimate, type StorageEstimate } from './persist';
export { storageTask } from './guard';
export {
	readContents,
	restoreContents,
	type DatabaseContents,
	type ImportMode,
	type ImportSummary
} from './contents';
