import { generateQuestions } from '../src/lib/engine/questions/generate';
import { buildSampleFacts, sampleReferenceDate, sampleText } from '../src/lib/engine/questions/sample-facts';
const deck = generateQuestions(sampleText, buildSampleFacts(), { seed: 42, referenceDate: sampleReferenceDate });
for (const q of deck) console.log(q.type, '|', q.prompt, '→', q.answer);
