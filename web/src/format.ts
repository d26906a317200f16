import { language } from './i18n.js';

export function formatCount(n: number): string {
  return n.toLocaleString(language() === 'zh' ? 'zh-CN' : 'en-US');
}

export function formatGoldstein(g: number | null | undefined): string {
  return g === null || g === undefined || Number.isNaN(g) ? '–' : (g > 0 ? '+' : '') + g.toFixed(1);
}
