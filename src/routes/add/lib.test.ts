import { describe, expect, it } from 'vitest';
import { sharedArticle } from './lib';

describe('sharedArticle', () => {
	it('reads title, text and url from the share target', () => {
		const params = new URLSearchParams({
			title: 'Kim speaks',
			text: 'Body',
			url: 'https://a.example/x'
		});
		expect(sharedArticle(params)).toEqual({
			title: 'Kim speaks',
			text: 'Body',
			url: 'https://a.example/x'
		});
	});

	it('moves a lone URL from text to url, as Android shares it', () => {
		const params = new URLSearchParams({ text: 'https://news.example/a' });
		expect(sharedArticle(params)).toEqual({ title: '', text: '', url: 'https://news.example/a' });
	});

	it('drops a url that is not http(s), such as javascript:', () => {
		const params = new URLSearchParams({ url: 'javascript:alert(1)' });
		expect(sharedArticle(params).url).toBe('');
	});

	it('returns empty fields when nothing was shared', () => {
		expect(sharedArticle(new URLSearchParams())).toEqual({ title: '', text: '', url: '' });
	});
});
