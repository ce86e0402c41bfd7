/**
 * Tab-separated text with CSV-style quoting, the dialect Anki's importer reads: a field that
 * contains a tab, a line break or a double quote (or starts with "#", which Anki would take for
 * a header line) is wrapped in double quotes, with inner quotes doubled.
 */
export function quoteField(field: string): string {
	return /[\t\r\n"]|^#/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

export function formatRow(fields: readonly string[]): string {
	return fields.map(quoteField).join('\t');
}

/** Inverse of `formatRow` over whole text: rows of fields. Lines starting with "#" are headers. */
export function parseDelimited(text: string): { headers: Map<string, string>; rows: string[][] } {
	const headers = new Map<string, string>();
	const rows: string[][] = [];
	let i = 0;
	while (text.startsWith('#', i)) {
		const end = text.indexOf('\n', i);
		const line = text.slice(i, end < 0 ? text.length : end);
		const colon = line.indexOf(':');
		headers.set(line.slice(1, colon), line.slice(colon + 1));
		i = end < 0 ? text.length : end + 1;
	}
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const endField = () => {
		row.push(field);
		field = '';
	};
	const endRow = () => {
		endField();
		rows.push(row);
		row = [];
	};
	for (; i < text.length; i++) {
		const c = text[i];
		if (quoted && c === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (quoted && c === '"') quoted = false;
		else if (quoted) field += c;
		else if (c === '"' && field === '') quoted = true;
		else if (c === '\t') endField();
		else if (c === '\n') endRow();
		else field += c;
	}
	if (field !== '' || row.length) endRow();
	return { headers, rows };
}
