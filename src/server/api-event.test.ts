import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../model/event.js';
import type { StoredEvent } from '../store/store.js';
import { highlights } from './api-event.js';

function stored(text: string, sentence: string, fields: { trigger: string; source: string; target: string }): StoredEvent {
  const start = text.indexOf(sentence);
  const actor = (words: string) => ({ code: 'X', country: 'X', name: words, text: words, resolution: '' });
  const event = { span: [start, start + sentence.length], trigger: fields.trigger, source: actor(fields.source), target: actor(fields.target) } as unknown as CodedEvent;
  return { id: 1, documentId: 1, story: 's', event, document: { url: null, published: null, leadSentence: null, source: 's' } };
}

const words = (text: string, e: StoredEvent) => highlights(text, e).map((h) => `${h.role}:${text.slice(h.start, h.end)}`);

describe('highlights', () => {
  it('marks each part of a split trigger, English (with spaces) and Chinese, and the actors, in text order', () => {
    const en = 'Headline\nXi held talks with Putin. The two leaders signed a joint statement.';
    expect(words(en, stored(en, 'Xi held talks with Putin.', { trigger: 'held … talks', source: 'Xi', target: 'Putin' }))).toEqual(['source:Xi', 'trigger:held', 'trigger:talks', 'target:Putin']);
    expect(words(en, stored(en, 'The two leaders signed a joint statement.', { trigger: 'signed … joint statement', source: 'The two leaders', target: 'The two leaders' }))).toEqual([
      'source:The two leaders',
      'target:The two leaders',
      'trigger:signed',
      'trigger:joint statement',
    ]);
    const zh = '标题\n双方签署了联合声明。';
    expect(words(zh, stored(zh, '双方签署了联合声明。', { trigger: '签署…联合声明', source: '双方', target: '双方' }))).toEqual(['source:双方', 'target:双方', 'trigger:签署', 'trigger:联合声明']);
  });

  it('looks only inside the event sentence, and leaves out words it does not contain (a carried subject)', () => {
    const text = '王毅会见拉夫罗夫。随后会见了记者。';
    const e = stored(text, '随后会见了记者。', { trigger: '会见', source: '王毅', target: '记者' });
    expect(highlights(text, e)).toEqual([
      { role: 'trigger', start: 11, end: 13 },
      { role: 'target', start: 14, end: 16 },
    ]);
  });
});
