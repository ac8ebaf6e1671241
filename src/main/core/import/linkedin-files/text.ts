// The text quirks of LinkedIn's archive: names double-encoded (UTF-8 read as Windows-1252 and
// written again, "Ã©" for "é"), and the date formats each of its files uses.

/** Windows-1252's characters for bytes 0x80–0x9F (the rest of 0x00–0xFF is Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE_OF = new Map<string, number>();
for (let b = 0; b < 256; b++) BYTE_OF.set(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b), b);

/** A lead byte of a UTF-8 sequence read as Windows-1252, followed by a continuation byte read the same way. */
const LOOKS_DOUBLE_ENCODED = /[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]/;

/**
 * "AmÃ©lie LefÃ¨vre" → "Amélie Lefèvre". The text is mapped back to the bytes it was wrongly
 * decoded from and decoded again as UTF-8; when that is not valid UTF-8 (a real "Ã" followed by
 * "©"), the text was right and is kept as it is.
 */
export function repairMojibake(text: string): string {
  if (!LOOKS_DOUBLE_ENCODED.test(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = BYTE_OF.get(text[i]!);
    if (b === undefined) return text;
    bytes[i] = b;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

function instant(y: number, m: number, d: number, hh: number, mm: number, ss: number): string | null {
  if (y < 1990 || y > 2200 || m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate() || hh > 23 || mm > 59 || ss > 59) return null;
  return `${y}-${pad(m)}-${pad(d)}T${pad(hh)}:${pad(mm)}:${pad(ss)}.000Z`;
}

/** "2023-05-12 09:31:12 UTC" (messages) and "2019/03/04 10:03:38 UTC" (endorsements) → ISO instant. */
export function parseUtcDateTime(raw: string): string | null {
  const m = raw.trim().match(/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(?:UTC|Z|GMT))?$/i);
  if (!m) return null;
  return instant(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
}

/** "5/12/23, 9:31 AM" (invitations, recommendations: month first, as LinkedIn writes them) → ISO instant. */
export function parseUsDateTime(raw: string): string | null {
  const m = raw.trim().match(/^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?$/i);
  if (!m) {
    const day = raw.trim().match(/^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/);
    if (!day) return null;
    const y = day[3]!.length === 2 ? 2000 + Number(day[3]) : Number(day[3]);
    const at = instant(y, Number(day[1]), Number(day[2]), 0, 0, 0);
    return at ? at.slice(0, 10) : null;
  }
  const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  let hh = Number(m[4]);
  const half = m[7]?.toUpperCase();
  if (half) {
    if (hh < 1 || hh > 12) return null;
    hh = (hh % 12) + (half === 'PM' ? 12 : 0);
  }
  return instant(y, Number(m[1]), Number(m[2]), hh, Number(m[5]), Number(m[6] ?? 0));
}
