/**
 * Tells Chinese from English by script: the share of Han characters among letters. Mixed pages (Chinese with
 * English names) stay Chinese; a page with no Han characters is English.
 */
export function detectLanguage(text: string): 'zh' | 'en' | null {
  let han = 0;
  let latin = 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  if (han === 0 && latin === 0) return null;
  return han * 3 >= latin ? 'zh' : 'en';
}
