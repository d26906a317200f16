import { describe, expect, it } from 'vitest';
import { matchingForm } from './simplified.js';

describe('matchingForm', () => {
  it('gives traditional text a simplified form of the same length', () => {
    const text = '國家主席習近平在北京會見了俄羅斯總統普京。雙方簽署了聯合聲明。';
    const form = matchingForm(text);
    expect(form.traditional).toBe(true);
    expect(form.text).toBe('国家主席习近平在北京会见了俄罗斯总统普京。双方签署了联合声明。');
    expect(form.text.length).toBe(text.length);
  });

  it('leaves simplified text alone, including characters OpenCC would change in isolation', () => {
    const text = '外交部发言人表示，乾隆年间的档案已经公开。';
    expect(matchingForm(text)).toEqual({ text, traditional: false });
  });

  it('leaves English alone', () => {
    expect(matchingForm('Xi Jinping met Vladimir Putin in Moscow.').traditional).toBe(false);
  });
});
