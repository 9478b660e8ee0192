// The look of every board (theme, colours, font, logo) and the smaller celebrations.
import { FONTS, MAX_LOGO_BYTES, type Look, type ParsedInput, type ProcedureOutput } from '../../../preload/contract';
import { readLook, updateLookRow, type LookRow } from '../../../db/queries/wallboard';
import { inTransaction } from '../../../db/transaction';
import type { ServiceContext } from '../context';
import { fail } from '../errors';

type LookView = ProcedureOutput<'wallboard.getLook'>;

export function lookOf(row: LookRow): Look {
  return {
    theme: row.theme === 'light' ? 'light' : 'dark',
    primaryColor: row.primaryColor,
    accentColor: row.accentColor,
    font: FONTS.find((f) => f === row.font) ?? 'inter',
    minorCelebrations: row.minorCelebrations,
    minorSound: row.minorSound as Look['minorSound'],
  };
}

export function getLook(ctx: ServiceContext): LookView {
  const row = readLook(ctx.db, ctx.now());
  return { ...lookOf(row), logoDataUrl: row.logo && row.logoType ? `data:${row.logoType};base64,${row.logo.toString('base64')}` : null };
}

/** The logo's bytes for `/wall/<token>/logo`, or null when there is none. */
export function logoFile(ctx: ServiceContext): { bytes: Buffer; type: string; version: number } | null {
  const row = readLook(ctx.db, ctx.now());
  return row.logo && row.logoType ? { bytes: row.logo, type: row.logoType, version: row.logoVersion } : null;
}

/** Checks that the bytes are the image their type claims (a renamed file is refused). */
function checkLogo(bytes: Buffer, type: string): void {
  if (bytes.length === 0) fail('invalid_input', 'The logo file is empty.', { path: 'logo' });
  if (bytes.length > MAX_LOGO_BYTES) {
    fail('invalid_input', `The logo is ${Math.ceil(bytes.length / 1024)} KB; the limit is ${MAX_LOGO_BYTES / 1024} KB. Export a smaller PNG or an SVG.`, { path: 'logo' });
  }
  const head = bytes.subarray(0, 12);
  const ok =
    (type === 'image/png' && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) ||
    (type === 'image/jpeg' && head[0] === 0xff && head[1] === 0xd8) ||
    (type === 'image/webp' && head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP') ||
    (type === 'image/svg+xml' && /<svg[\s>]/i.test(bytes.subarray(0, 4096).toString('utf8')));
  if (!ok) fail('invalid_input', `The file is not a valid ${type.replace('image/', '').replace('+xml', '').toUpperCase()} image. Use a PNG, JPEG, WebP or SVG logo.`, { path: 'logo' });
}

export function updateLook(ctx: ServiceContext, input: ParsedInput<'wallboard.updateLook'>): LookView {
  const { logo, ...look } = input;
  let logoPatch: Partial<LookRow> = {};
  if (logo === null) logoPatch = { logo: null, logoType: null };
  else if (logo !== undefined) {
    const bytes = Buffer.from(logo.base64, 'base64');
    checkLogo(bytes, logo.type);
    logoPatch = { logo: bytes, logoType: logo.type };
  }
  inTransaction(ctx.db, () => {
    const before = readLook(ctx.db, ctx.now());
    const versionBump = logo !== undefined ? { logoVersion: before.logoVersion + 1 } : {};
    updateLookRow(ctx.db, { ...look, ...logoPatch, ...versionBump, updatedAt: ctx.now() });
  });
  ctx.bus.changed('wallboard');
  return getLook(ctx);
}
