/**
 * @module samples/tools/lib/pdf
 * A minimal, valid single-page PDF (Helvetica text lines) with a correct xref table: enough for
 * file-type detection and text extraction tests, a few hundred bytes, no scripts, no fonts embedded.
 */

function esc(s: string): string {
  return s.replace(/[\\()]/g, (c) => '\\' + c);
}

/** PDF bytes showing `lines` (ASCII only) on one A4 page. */
export function makePdf(lines: string[]): Buffer {
  const content = 'BT /F1 11 Tf 50 780 Td 14 TL\n' + lines.map((l) => `(${esc(l)}) '`).join('\n') + '\nET\n';
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}endstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += String(off).padStart(10, '0') + ' 00000 n \n';
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
