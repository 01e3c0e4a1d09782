/** Self-contained HTML report a reviewer can open or mail. */
import type { Lang } from '../../packs/validate';
import type { ReportResult } from '../report';
import { describeTarget } from '../indicators';
import { formatVn } from '../numbers';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function formatHtml(reports: ReportResult[], lang: Lang): string {
  const vi = lang === 'vi';
  const body = reports.map((r) => {
    const s = r.summary;
    const rows = r.findings.map((f) => `<tr class="${f.severity}"><td>${esc(f.severity)}</td><td>${f.paragraph ?? ''}</td><td>${esc(f.message[lang])}${f.excerpt ? `<div class="ex">« ${esc(f.excerpt)} »</div>` : ''}${f.suggestion ? `<div class="sg">→ ${esc(f.suggestion[lang])}</div>` : ''}</td><td><code>${f.code}</code></td></tr>`).join('');
    const secs = r.sections.map((x) => `<li class="${x.status}" style="margin-left:${x.depth}em">${esc(x.number ? x.number + '. ' : '')}${esc(x.title)} <span class="st">${x.status}</span></li>`).join('');
    const inds = r.indicators.filter((i) => i.status !== 'not-applicable').map((i) => `<tr><td>${esc(i.label)}</td><td>${esc(describeTarget(i.target, i.unit, lang))}</td><td>${i.value !== undefined ? esc(formatVn(i.value)) : '—'}</td><td class="${i.status}">${i.status}</td></tr>`).join('');
    return `<section><h2>${esc(r.file ?? '')}</h2><p>${vi ? 'Gói' : 'Pack'}: <b>${esc(r.pack.id)}</b> ${esc(r.pack.version)}${r.level ? ` · ${vi ? 'cấp' : 'level'} ${esc(r.level)}` : ''}</p>
<p class="verdict ${s.ready ? 'ok' : 'ko'}">${s.ready ? (vi ? 'Sẵn sàng nộp' : 'Ready to submit') : (vi ? 'Chưa sẵn sàng nộp' : 'Not ready to submit')} — ${s.errors} ${vi ? 'lỗi' : 'errors'}, ${s.warnings} ${vi ? 'lưu ý' : 'warnings'}</p>
<h3>${vi ? 'Phát hiện' : 'Findings'}</h3><table><tr><th></th><th>¶</th><th>${vi ? 'Nội dung' : 'Message'}</th><th>${vi ? 'Mã' : 'Code'}</th></tr>${rows}</table>
<h3>${vi ? 'Chỉ tiêu' : 'Indicators'}</h3><table><tr><th>${vi ? 'Chỉ tiêu' : 'Indicator'}</th><th>${vi ? 'Mục tiêu' : 'Target'}</th><th>${vi ? 'Thực hiện' : 'Value'}</th><th></th></tr>${inds}</table>
<h3>${vi ? 'Đề cương' : 'Outline'}</h3><ul>${secs}</ul></section>`;
  }).join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>decuong</title><style>
body{font-family:"Segoe UI",Arial,sans-serif;max-width:60em;margin:1em auto;color:#201f1e}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:4px;vertical-align:top;text-align:left}
tr.error td:first-child{color:#a4262c}tr.warning td:first-child{color:#8a6d00}.ex,.sg{color:#605e5c;font-size:90%}.verdict.ok{color:#107c10;font-weight:bold}.verdict.ko{color:#a4262c;font-weight:bold}
li.missing,li.empty,.not-met,.misquoted{color:#a4262c}li.out-of-order{color:#8a6d00}.met{color:#107c10}.st{font-size:80%;color:#605e5c}ul{list-style:none;padding-left:0}
</style></head><body><h1>decuong — ${vi ? 'Kết quả kiểm tra báo cáo' : 'Report check'}</h1>${body}</body></html>\n`;
}
