import { describe, expect, it } from 'vitest';
import { ErrorCodes, InputError } from '../errors.js';
import { decodeDetected, decodeDocument } from './decode.js';
import iconv from 'iconv-lite';

const NAME = 'news/2024-05-10-mongolia.txt';
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

function rejection(bytes: Uint8Array): InputError {
  try {
    decodeDocument(bytes, NAME);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('expected an InputError');
}

describe('decodeDocument rejects what is not text', () => {
  it.each([
    ['empty input', new Uint8Array(0), ErrorCodes.INPUT_EMPTY],
    ['only whitespace', utf8(' \n\t\r\n'), ErrorCodes.INPUT_EMPTY],
    ['binary data with NUL bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]), ErrorCodes.INPUT_BINARY],
    ['a NUL inside Chinese text', new Uint8Array([...utf8('蒙古国总统'), 0x00, ...utf8('会见了俄罗斯外长。')]), ErrorCodes.INPUT_BINARY],
    ['GBK bytes of 中国', new Uint8Array([0xd6, 0xd0, 0xb9, 0xfa]), ErrorCodes.INPUT_ENCODING],
    ['GBK bytes after valid ASCII', new Uint8Array([...utf8('Title: '), 0xd6, 0xd0, 0xb9, 0xfa, 0x0a]), ErrorCodes.INPUT_ENCODING],
    ['a truncated UTF-8 sequence', utf8('中国').subarray(0, 5), ErrorCodes.INPUT_ENCODING],
    ['a UTF-16LE BOM with nothing after it', new Uint8Array([0xff, 0xfe]), ErrorCodes.INPUT_EMPTY],
  ])('%s', (_what, bytes, code) => {
    const err = rejection(bytes);
    expect(err.code).toBe(code);
    expect(err.input).toBe(NAME);
    expect(err.message.startsWith(`${NAME}: `)).toBe(true);
    expect(err.message).not.toContain('\n');
  });

  it('says what to do with a legacy encoding', () => {
    expect(rejection(new Uint8Array([0xd6, 0xd0, 0xb9, 0xfa])).message).toMatch(/UTF-8/);
  });
});

describe('decodeDocument accepts Unicode text', () => {
  const text = '蒙古国总统会见了俄罗斯外长。\n双方就能源合作交换了意见。';

  it('reads plain UTF-8', () => {
    expect(decodeDocument(utf8(text), NAME)).toBe(text);
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    expect(decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), NAME)).toBe(text);
  });

  it('reads UTF-16LE with a BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    expect(decodeDocument(bytes, NAME)).toBe(text);
  });

  it('reads UTF-16BE with a BOM', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeDocument(new Uint8Array([0xfe, 0xff, ...be]), NAME)).toBe(text);
  });

  it('keeps tabs, carriage returns and form feeds', () => {
    const page = '标题\r\n\t正文第一段。\f\r\n';
    expect(decodeDocument(utf8(page), NAME)).toBe(page);
  });
});

describe('decodeDetected reads legacy Chinese encodings too', () => {
  const simplified = '新华社北京5月16日电 国家主席习近平16日在北京同俄罗斯总统普京举行会谈，双方签署了联合声明。';
  const traditional = '中央社台北5月16日電 國家主席習近平16日在北京同俄羅斯總統普京舉行會談，雙方簽署了聯合聲明。';

  it.each([
    ['GBK', simplified, 'gbk', 'gb18030'],
    ['GB18030', simplified, 'gb18030', 'gb18030'],
    ['Big5', traditional, 'big5', 'big5'],
    ['traditional text in GBK', traditional, 'gbk', 'gb18030'],
  ])('%s', (_what, text, iconvName, encoding) => {
    expect(decodeDetected(new Uint8Array(iconv.encode(text, iconvName)), NAME)).toEqual({ text, encoding });
  });

  it('reads Unicode as decodeDocument does, and says which encoding it was', () => {
    expect(decodeDetected(utf8('蒙古国'), NAME)).toEqual({ text: '蒙古国', encoding: 'utf-8' });
    expect(decodeDetected(new Uint8Array([0xff, 0xfe, ...Buffer.from('蒙古国', 'utf16le')]), NAME)).toEqual({ text: '蒙古国', encoding: 'utf-16le' });
  });

  it('rejects bytes that no candidate reads as Chinese, naming the input', () => {
    const latin1 = new Uint8Array(iconv.encode('Déclaration commune signée à Genève, été 2024', 'latin1'));
    expect(() => decodeDetected(latin1, NAME)).toThrow(`${NAME}: not UTF-8, and neither GB18030/GBK nor Big5 reads it as Chinese text`);
  });
});
