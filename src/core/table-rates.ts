/**
 * A rate column in a table ("Năm | Tổng chiều dài (km) | Đã cứng hóa (km) | Tỷ lệ (%)"): on each row the rate is
 * one column's figure over another's. Which two columns is read from the table itself: the pair that most rows
 * agree with, and only when at least two rows and at least as many rows agree as not; then the rows that
 * disagree are the mistakes. A rate column that is no quotient of two columns (a growth rate, a share of
 * something not in the table) has no such pair and is left alone.
 */
import { tables, type DocModel, type TableView } from './model';
import { parseVnNumber, shareAgrees, type VnNumber } from './numbers';
import { cellNumber, FRACTION_CELL, labelCol, NOT_SUMMED_ROW, tableGrid } from './totals';
import { normalize, rowLine } from './text';
import { RATE_HEADER, NOT_AN_AMOUNT, RATE_OF_OTHER_WHOLE } from './lexicon/patterns-sums';

export interface RateMismatch {
  paragraph: number;
  excerpt: string;
  /** The row's label. */
  row: string;
  /** The rate column's header. */
  column: string;
  written: VnNumber;
  part: VnNumber;
  whole: VnNumber;
  /** The rate the two figures make, in percent. */
  right: number;
}

/** Whether every word of a rate's header but its rate words and "so với" stands in the header of the fractions before it. */
function sameSubject(rate: string, fractions: string): boolean {
  // (both folded, separators spaces: "Tỷ lệ (%)" reads "ty le")
  const own = new Set(normalize(fractions).split(' '));
  return normalize(rate).replace(/\b(?:ty le|ti le|so voi)\b|%/gu, ' ').split(' ').filter(Boolean).every((w) => own.has(w));
}
/** A fraction cell, its noun after it if any: "512/718 hộ", "08/08 thôn", "57/57" — not a date's "15/6/2024" nor a document's "12/2023". */
const FRACTION_OF_NOUN = /^\s*(\d[\d.]*)\s*\/\s*(?!(?:19|20)\d\d(?![\d.]))(\d[\d.]*)\s*[\p{L}\s]{0,24}$/u;

/** A rate cell: "77,2", "77,2%", "100 %". */
function rateCell(s: string): VnNumber | null {
  const m = /^\s*(\d{1,3}(?:,\d+)?)\s*%?\s*$/u.exec(s);
  return m ? parseVnNumber(m[1]) : null;
}

/** What a header measures, its date and estimate words set aside: "Số xã đạt ước năm 2023" and "Số xã đạt năm 2021" both "số xã đạt". */
const DATED = /(?<![\p{L}])(?:ước thực hiện|ước tính|ước đạt|ước|dự kiến|lũy kế|luỹ kế|năm|tháng|quý|đến|tại|thời điểm|ngày|giai đoạn)(?![\p{L}])|\d+(?:[/.-]\d+)*|[():,;.-]/giu;
const measure = (h: string) => h.toLowerCase().replace(DATED, ' ').replace(/\s+/gu, ' ').trim();
const sameMeasure = (a: string, b: string) => {
  const x = measure(a);
  return x.length > 0 && x === measure(b);
};

const agrees = (rate: VnNumber, part: number, whole: number) => whole > 0 && shareAgrees(rate, (part / whole) * 100);

export function tableRates(doc: DocModel): RateMismatch[] {
  const out: RateMismatch[] = [];
  for (const t of tables(doc)) {
    if (t.rows.length < 3) continue;
    const { header, body, rowAt, width } = tableGrid(t);
    out.push(...fractionRowRates(body, header, t.rowFirst, rowAt, t.first, t.covered));
    // a table with no rate column has nothing to check: its rows are not read
    if (!header.some((h, col) => col >= 1 && col < width && RATE_HEADER.test(h ?? ''))) continue;
    // rows of rates, averages or levels ("Tỷ lệ hộ nghèo | % | 6,8 | …") hold no amounts to divide
    const rows = body.map((r, i) => ({ r, i })).filter(({ r }) => !NOT_SUMMED_ROW.test(r.slice(0, Math.max(1, labelCol(r) + 1)).join(' ')));
    // each cell read as a figure once, not once for every pair of columns tried
    const figures = rows.map(({ r }) => r.map((c) => cellNumber(c ?? '')));
    for (let col = 1; col < width; col++) {
      if (!RATE_HEADER.test(header[col] ?? '')) continue;
      const amounts: number[] = [];
      for (let j = 0; j < col; j++) if (!NOT_AN_AMOUNT.test(header[j] ?? '') && header[j]) amounts.push(j);
      const rates = rows.map(({ r }) => rateCell(r[col] ?? ''));
      let best: { part: number; whole: number; good: number; bad: RateMismatch[] } | undefined;
      for (const part of amounts)
        for (const whole of amounts) {
          // (one measure at two dates — "Số xã đạt năm 2021 | Số xã đạt ước năm 2023" — is no part and its whole)
          if (part === whole || sameMeasure(header[part] ?? '', header[whole] ?? '')) continue;
          let good = 0;
          const bad: RateMismatch[] = [];
          rows.forEach(({ r, i }, k) => {
            const rate = rates[k];
            const p = figures[k][part];
            const w = figures[k][whole];
            // (a row of none — "Hộ tái nghèo | 10 | 0 | 100" — is written as achieved where less is better: no quotient)
            if (!rate || !p || !w || w.value <= 0 || p.value === 0) return;
            if (agrees(rate, p.value, w.value)) good++;
            else bad.push({ paragraph: t.rowFirst[rowAt[i]] ?? t.first, excerpt: rowLine(r, t.covered[rowAt[i]]), row: (r[labelCol(r)] ?? r[0] ?? '').trim(), column: header[col].trim(), written: rate, part: p, whole: w, right: (p.value / w.value) * 100 });
          });
          if (!best || good > best.good) best = { part, whole, good, bad };
        }
      if (best && best.good >= Math.max(2, best.bad.length)) out.push(...best.bad);
      // … or the column of fractions right before it, the rate each row's fraction ("Kết quả thực hiện: Số lượng | Tỷ lệ (%)" over "512/718
      // hộ | 73,1"), read as the pairs of columns are: at least two rows agree and no more disagree (rows of rates too: "Tỷ lệ hộ chăn nuôi
      // có chuồng trại … | 512/718 hộ | 73,1" gives its fraction) — not a column further left, another time's or the plan's ("Năm 2021 |
      // Đến 30/6/2024 | Tỷ lệ (%)"), nor a rate its header says is of another whole ("Tỷ lệ so với mục tiêu giai đoạn (%)", "… so với tổng
      // số hộ toàn huyện") — review-42b C3 … C8
      // (… the rate's header naming nothing the fractions' header does not: "Tỷ lệ (%)" under the same "Kết quả thực hiện", "Tỷ lệ so với
      // tổng số hộ chăn nuôi (%)" beside "Hộ chăn nuôi có chuồng trại hợp vệ sinh/tổng số hộ chăn nuôi" — not the electricity rate beside
      // the villages with a culture house, nor "Tỷ lệ thôn đạt chuẩn NTM" beside them: review-42d F6, F7, F9)
      // ("KH", "hoàn thành" are read by the headers' words, not as another whole: "Tỷ lệ hoàn thành (%)" beside "Số công trình hoàn
      // thành/số công trình kế hoạch" is their rate — review-42e C6 —, "Tỷ lệ hoàn thành KH (%)" beside other fractions none; lexicon:
      // rate-of-other-whole)
      const j = col - 1;
      if (j >= 1 && !RATE_OF_OTHER_WHOLE.test(header[col] ?? '') && sameSubject(header[col] ?? '', header[j] ?? '')) {
        let good = 0;
        const bad: RateMismatch[] = [];
        body.forEach((r, i) => {
          // (a row whose label says its rate is of another whole is none of the column's pairs: "Hộ nghèo dân tộc thiểu số (tỷ lệ so với
          // tổng số hộ toàn huyện) | 512/1.146 hộ | 1,58" — review-42e C3)
          if (/so với/iu.test(r[labelCol(r)] ?? '')) return;
          const m = FRACTION_OF_NOUN.exec(r[j] ?? '');
          const rate = m ? rateCell(r[col] ?? '') : null;
          const [a, b] = m ? [parseVnNumber(m[1]), parseVnNumber(m[2])] : [null, null];
          if (!rate || !a || !b || b.value <= 0 || a.value > b.value) return;
          if (agrees(rate, a.value, b.value)) good++;
          else bad.push({ paragraph: t.rowFirst[rowAt[i]] ?? t.first, excerpt: rowLine(r, t.covered[rowAt[i]]), row: (r[labelCol(r)] ?? r[0] ?? '').trim(), column: header[col].trim(), written: rate, part: a, whole: b, right: (a.value / b.value) * 100 });
        });
        if (good >= Math.max(2, bad.length)) out.push(...bad);
      }
    }
  }
  return out;
}

/** A rate row's label: "Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo (%)" — what it is the rate of. */
const RATE_ROW_LABEL = /^\s*tỷ lệ\s+(.+?)\s*(?:\(\s*%\s*\))?\s*$/iu;

/**
 * A row of fractions and the row of rates right under it, of the same thing ("Số hộ nghèo/tổng số hộ | hộ | 4.862/31.250 | 2.315/31.980
 * | 1.146/32.418" over "Tỷ lệ hộ nghèo | % | 15,56 | 7,24 | 3,72"): column by column the rate is the fraction's. Read only where some
 * column agrees and no more columns disagree than agree — the two rows then say one thing twice, and the columns that disagree are the
 * mistakes.
 */
function fractionRowRates(body: string[][], header: string[], rowFirst: number[], rowAt: number[], first: number, covered: Array<Set<number> | undefined>): RateMismatch[] {
  const out: RateMismatch[] = [];
  // (the rate row under the fractions or above them; a rate sub-row, "- Tỷ lệ", under the fractions is theirs)
  for (let k = 0; k + 1 < body.length; k++)
    for (const [f, r] of [[k, k + 1], [k + 1, k]]) {
      const [fr, rr] = [body[f], body[r]];
      const rl = (rr[labelCol(rr)] ?? '').trim();
      const sub = r === k + 1 && /^[-–+]\s*tỷ lệ\s*(?:\(\s*%\s*\))?\s*$/iu.test(rl);
      const rateLabel = RATE_ROW_LABEL.exec(rl);
      if (!sub && !rateLabel) continue;
      const subject = sub ? '' : normalize(rateLabel![1]);
      const fracLabel = normalize(fr[labelCol(fr)] ?? '');
      if (!sub && (!subject || !fracLabel.includes(subject))) continue;
      out.push(...rowPair(fr, rr, r, header, rowFirst, rowAt, first, covered));
    }
  return out;
}

/** The columns where the rate row gives no rate of the fraction row's fraction (none where no column agrees, or more disagree). */
function rowPair(fr: string[], rr: string[], r: number, header: string[], rowFirst: number[], rowAt: number[], first: number, covered: Array<Set<number> | undefined>): RateMismatch[] {
  let good = 0;
  const bad: RateMismatch[] = [];
  for (let j = labelCol(fr) + 1; j < fr.length; j++) {
    const m = FRACTION_CELL.exec(fr[j] ?? '');
    const rate = rateCell(rr[j] ?? '');
    if (!m || !rate) continue;
    const [a, b] = [parseVnNumber(m[1]), parseVnNumber(m[2])];
    if (!a || !b || a.value <= 0 || b.value <= 0) continue;
    const [p, w] = a.value <= b.value ? [a, b] : [b, a];
    if (agrees(rate, p.value, w.value)) good++;
    else bad.push({ paragraph: rowFirst[rowAt[r]] ?? first, excerpt: rowLine(rr, covered[rowAt[r]]), row: (rr[labelCol(rr)] ?? '').trim(), column: (header[j] ?? '').trim(), written: rate, part: p, whole: w, right: (p.value / w.value) * 100 });
  }
  return good >= Math.max(1, bad.length) ? bad : [];
}

/** A cell of a rate and the fraction it is of, the rate with no "%" of its own: "89,1 (226/258 thôn)". */
const BARE_RATE_OF_FRACTION = /^\s*\d{1,3}(?:,\d+)?\s*\(\s*\d[\d.]*\s*\/\s*\d[\d.]*\s*[\p{L}\s]{0,20}\)\s*$/u;
/** A unit cell or header that says the figures are percentages: "%", "(%)", "Tỷ lệ (%)". */
const PERCENT_UNIT = /^\s*\(?\s*%\s*\)?\s*$/u;

/**
 * The cells of a rate row that give the rate without "%", its fraction in a bracket ("Tỷ lệ thôn đạt chuẩn NTM | % | 85 | 89,1 (226/258
 * thôn)"), read as written with it ("89,1% (226/258 thôn)"), by paragraph: the rate is a percentage when the row's unit cell is "%", its
 * column's header says "%", or the row's label is a rate ("Tỷ lệ …").
 */
export function percentCells(doc: DocModel): Map<number, string> {
  const out = new Map<number, string>();
  let views: Map<number, TableView> | undefined;
  for (const p of doc.paragraphs) {
    if (!p.cell || p.cell.tabbed || !BARE_RATE_OF_FRACTION.test(p.text)) continue;
    views ??= new Map(tables(doc).map((t) => [t.table, t]));
    const t = views.get(p.cell.table);
    const row = t?.rows[p.cell.row];
    if (!t || !row) continue;
    const col = p.cell.col ?? p.cell.cell;
    const head = t.rows[0]?.[col] ?? '';
    const label = row[labelCol(row)] ?? '';
    // (a count that is its own fraction's part, "42 (42/45 thôn)", is a count whatever the row; so is a column headed for counts too, "SL/%")
    const m = /^\s*(\d{1,3}(?:,\d+)?)\s*\(\s*(\d[\d.]*)\s*\//u.exec(p.text);
    if (m && parseVnNumber(m[1])?.value === parseVnNumber(m[2])?.value) continue;
    const countsToo = /(?<![\p{L}])(?:SL|số lượng)(?![\p{L}])/iu.test(head);
    const rate = row.some((c, j) => j !== col && PERCENT_UNIT.test(c ?? '')) || (/%/u.test(head) && !countsToo) || /^\s*(?:[-–+]\s*)?(?:tỷ lệ|tỉ lệ)\s/iu.test(label);
    if (rate) out.set(p.index, p.text.replace(/^(\s*\d{1,3}(?:,\d+)?)\s*/u, '$1% '));
  }
  return out;
}
