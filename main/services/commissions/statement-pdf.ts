// The printable statement (A4 PDF): who, which plan and period, whether it is final, the
// payout, attainment, every line with its arithmetic, and the totals. Inter is embedded so
// accents, "≈", "×" and "−" print the same on every machine.
import { createRequire } from 'node:module';
import type { StatementView } from '../../../preload/commissions-contract';
import { fromText, sub } from '../../engine/commissions/rational';
import type { CommissionPeriodKind } from '../../engine/commissions/plan';
import { DOCUMENT_LABELS } from './wording/document-labels';
import type { DocFormat } from './wording/format';

const require = createRequire(import.meta.url);
const FONTS = {
  regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  semibold: require.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'),
};

const INK = '#1b1f2a';
const MUTED = '#5f6675';
const RULE = '#d9dce3';
const ACCENT = '#5b3df5';
const MARGIN = 48;
const AMOUNT_WIDTH = 110;

export interface PdfContext {
  statement: StatementView;
  workspaceName: string;
  periodKind: CommissionPeriodKind;
  format: DocFormat;
  generatedAt: string;
}

export async function renderStatementPdf({ statement: s, workspaceName, periodKind, format: f, generatedAt }: PdfContext): Promise<Buffer> {
  // Loaded on first use: the PDF library and its font engine are heavy, and most runs never print.
  const { default: PDFDocument } = await import('pdfkit');
  const L = DOCUMENT_LABELS[f.locale];
  const doc = new PDFDocument({ size: 'A4', margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }, bufferPages: true, info: { Title: `${L.title} · ${s.repName} · ${f.month(s.period.firstDay, periodKind)}`, Author: 'Fanfare' } });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('semibold', FONTS.semibold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - MARGIN * 2;
  const bottom = () => doc.page.height - MARGIN - 24;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const money = (minor: string | number) => f.money(minor, s.currency);

  // Header: who and when, and the payout on the right.
  doc.font('regular').fontSize(10).fillColor(MUTED).text(workspaceName, MARGIN, MARGIN);
  doc.font('semibold').fontSize(22).fillColor(INK).text(L.title, MARGIN, doc.y + 2);
  const infoTop = doc.y + 8;
  const info: [string, string][] = [
    [L.rep, s.repName],
    [L.plan, s.planName],
    [L.period, `${f.month(s.period.firstDay, periodKind)} (${f.day(s.period.firstDay)} – ${f.day(s.period.lastDay)})`],
  ];
  let y = infoTop;
  for (const [label, value] of info) {
    doc.font('regular').fontSize(10).fillColor(MUTED).text(label, MARGIN, y, { width: 70 });
    doc.font('semibold').fontSize(11).fillColor(INK).text(value, MARGIN + 70, y - 1, { width: width - 250 });
    y = doc.y + 4;
  }
  const status = s.period.status === 'locked' && s.period.lockedAt !== null ? L.locked(f.day(new Date(s.period.lockedAt).toISOString().slice(0, 10))) : L.open;
  doc.font('regular').fontSize(9.5).fillColor(s.period.status === 'locked' ? INK : '#9a5b00').text(status, MARGIN, y + 2, { width: width - 180 });
  doc.font('regular').fontSize(10).fillColor(MUTED).text(L.payout, MARGIN + width - 170, infoTop, { width: 170, align: 'right' });
  doc.font('semibold').fontSize(24).fillColor(ACCENT).text(money(s.totals.payoutMinor), MARGIN + width - 220, infoTop + 14, { width: 220, align: 'right' });
  if (s.totals.carryOutMinor < 0) {
    doc.font('regular').fontSize(9).fillColor(MUTED).text(`${L.carriedForward}: ${money(s.totals.carryOutMinor)}`, MARGIN + width - 220, infoTop + 46, { width: 220, align: 'right' });
  }
  doc.y = Math.max(doc.y, infoTop + 70) + 10;
  rule();

  // Attainment per component.
  if (s.components.length > 0) {
    heading(L.attainment);
    const cols = [width - 4 * 95, 95, 95, 95, 95];
    row([L.component, L.credited, L.quota, L.attained, L.paid], cols, true);
    for (const c of s.components) {
      const amount = (v: string) => (c.metric === 'amount' ? f.amount(v, s.currency) : f.count(v));
      row([c.name, amount(c.credited), c.quota === null ? '—' : amount(c.quota), c.attainmentPercent === null ? '—' : f.percent(c.attainmentPercent), f.amount(c.paid, s.currency)], cols, false);
    }
    doc.font('regular').fontSize(9).fillColor(MUTED).text(L.proration(s.proration.activeDays, s.proration.periodDays, s.proration.rampPercent), MARGIN, doc.y + 4);
    doc.moveDown(0.6);
    rule();
  }

  // Lines, by section, each with its arithmetic.
  if (s.lines.length === 0) doc.font('regular').fontSize(10).fillColor(MUTED).text(L.noLines, MARGIN, doc.y + 6);
  const sections = ['carry', 'commission', 'spif', 'clawback', 'correction', 'adjustment', 'draw'] as const;
  for (const section of sections) {
    const lines = s.lines.filter((l) => l.section === section);
    if (lines.length === 0) continue;
    heading(L.sections[section]);
    for (const line of lines) {
      const text = line.dispute?.status === 'open' ? `${line.description}  [${L.disputed}]` : line.description;
      const height = doc.font('regular').fontSize(9.5).heightOfString(text, { width: width - AMOUNT_WIDTH - 12 });
      ensure(height + 6);
      const top = doc.y;
      doc.fillColor(INK).text(text, MARGIN, top, { width: width - AMOUNT_WIDTH - 12 });
      doc.font('semibold').fontSize(9.5).text(`${line.exact ? '' : '≈'}${f.signed(line.amountMinor, s.currency)}`, MARGIN + width - AMOUNT_WIDTH, top, { width: AMOUNT_WIDTH, align: 'right' });
      doc.y = top + height + 5;
    }
  }
  doc.moveDown(0.4);
  rule();

  // Totals.
  const t = s.totals;
  const totals: [string, string, boolean][] = [[L.totals.earned, f.signed(t.earned, s.currency), false]];
  if (fromText(t.drawTopUp).n !== 0n) totals.push([L.totals.drawTopUp, f.signed(t.drawTopUp, s.currency), false]);
  if (fromText(t.drawRecovery).n !== 0n) totals.push([L.totals.drawRecovery, f.signed(sub(fromText('0'), fromText(t.drawRecovery)), s.currency), false]);
  totals.push([L.totals.total, f.signed(t.total, s.currency), false], [L.totals.payout, money(t.payoutMinor), true]);
  if (t.carryOutMinor < 0) totals.push([L.totals.carryOut, money(t.carryOutMinor), false]);
  if (t.drawOutstandingMinor > 0) totals.push([L.totals.drawOutstanding, money(t.drawOutstandingMinor), false]);
  ensure(totals.length * 18 + 40);
  for (const [label, value, strong] of totals) {
    const top = doc.y;
    doc.font(strong ? 'semibold' : 'regular').fontSize(strong ? 13 : 10).fillColor(strong ? ACCENT : INK);
    doc.text(label, MARGIN + width - 330, top, { width: 200, align: 'right' });
    doc.text(value, MARGIN + width - 130, top, { width: 130, align: 'right' });
    doc.y = top + (strong ? 20 : 15);
  }
  doc.moveDown(1);
  doc.font('regular').fontSize(8.5).fillColor(MUTED).text(L.rounding, MARGIN, doc.y, { width });

  // Footers with page numbers, once every page exists.
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing inside the bottom margin would start a new page; the footer belongs there.
    doc.page.margins.bottom = 0;
    const footerY = doc.page.height - MARGIN + 6;
    doc.font('regular').fontSize(8).fillColor(MUTED);
    doc.text(L.generated(generatedAt), MARGIN, footerY, { width: width / 2, lineBreak: false });
    doc.text(L.page(i + 1, range.count), MARGIN + width / 2, footerY, { width: width / 2, align: 'right', lineBreak: false });
  }
  doc.end();
  return done;

  function rule() {
    doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + width, doc.y).lineWidth(0.7).strokeColor(RULE).stroke();
    doc.y += 8;
  }

  function heading(text: string) {
    ensure(40);
    doc.font('semibold').fontSize(11.5).fillColor(INK).text(text, MARGIN, doc.y + 4);
    doc.y += 4;
  }

  function row(cells: string[], cols: number[], header: boolean) {
    ensure(18);
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.font(header ? 'semibold' : 'regular').fontSize(header ? 8.5 : 9.5).fillColor(header ? MUTED : INK);
      doc.text(cell, x, top, { width: (cols[i] ?? 80) - 6, align: i === 0 ? 'left' : 'right', lineBreak: false, ellipsis: true });
      x += cols[i] ?? 80;
    });
    doc.y = top + (header ? 14 : 16);
  }
}
