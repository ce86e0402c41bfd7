import { readdirSync, readFileSync } from 'node:fs';
import { extractFacts } from '../src/lib/engine/extract';
import { buildArticle, sourceOf } from '../src/lib/engine/questions/article';
import { phraseDate } from '../src/lib/engine/questions/date-phrasing';
import { isAskableDate } from '../src/lib/engine/questions/distractors';
const dir = 'tests/fixtures/meantime-dev';
const files = [...readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => `${dir}/${f}`), ...readdirSync('/tmp/review').filter((f) => f.endsWith('.txt')).map((f) => `/tmp/review/${f}`), 'src/lib/sample/seed-article.txt'];
for (const f of files) {
	const text = readFileSync(f, 'utf8');
	const facts = extractFacts(text);
	const article = buildArticle(text, facts);
	for (const d of facts.dates.filter(isAskableDate)) {
		const p = phraseDate(article, d);
		if (!p || !p.question.startsWith('What date')) continue;
		const s = sourceOf(article, d);
		console.log(`${f.split('/').pop()} | ${d.text} | EVENT: ${d.event}\n   S: ${s.sentence.replace(/\s+/g, ' ')}`);
	}
}
