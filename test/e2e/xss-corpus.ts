/**
 * Hostile HTML for the message view. Every payload, if it ever ran or loaded, would either set
 * `window.__xss` or make a request to the loopback canary (`CANARY`), which the test counts.
 */
export function xssPayloads(canary: string): Array<{ name: string; html: string }> {
  const c = canary;
  return [
    { name: 'script', html: `<script>window.__xss='script';fetch('${c}/script')</script>` },
    { name: 'img-onerror', html: `<img src=x onerror="window.__xss='onerror';fetch('${c}/onerror')">` },
    {
      name: 'svg-onload',
      html: `<svg onload="window.__xss='svg'"><script>window.__xss='svg-script'</script></svg>`,
    },
    {
      name: 'javascript-href',
      html: `<a href="javascript:window.__xss='jshref'">https://www.paypal.com/</a>`,
    },
    {
      name: 'iframe',
      html: `<iframe src="${c}/iframe"></iframe><iframe srcdoc="<script>parent.__xss='srcdoc'</script>"></iframe>`,
    },
    {
      name: 'remote-image',
      html: `<img src="${c}/pixel.gif" width=1 height=1><img srcset="${c}/srcset 1x">`,
    },
    {
      name: 'css',
      html: `<style>@import '${c}/import.css'; body{background:url(${c}/bg)}</style><div style="background:url(${c}/inline)">styled</div>`,
    },
    { name: 'mxss', html: `<math><mtext><table><mglyph><style><img src=x onerror="window.__xss='mxss'">` },
    {
      name: 'form',
      html: `<form action="${c}/form"><input name=q autofocus onfocus="window.__xss='focus'"><button>go</button></form>`,
    },
    { name: 'object-embed', html: `<object data="${c}/obj"></object><embed src="${c}/embed">` },
    {
      name: 'meta-refresh',
      html: `<meta http-equiv="refresh" content="0;url=${c}/refresh"><base href="${c}/">`,
    },
    {
      name: 'link-stylesheet',
      html: `<link rel="stylesheet" href="${c}/link.css"><link rel="prefetch" href="${c}/prefetch">`,
    },
    {
      name: 'media',
      html: `<video poster="${c}/poster"><source src="${c}/video"></video><audio src="${c}/audio" autoplay></audio>`,
    },
    {
      name: 'details-ontoggle',
      html: `<details open ontoggle="window.__xss='toggle'"><summary>x</summary></details>`,
    },
    { name: 'body-onload', html: `<body onload="window.__xss='body'"><p>hi</p></body>` },
    {
      name: 'noscript',
      html: `<noscript><p title="</noscript><img src=x onerror=window.__xss='noscript'>"></noscript>`,
    },
    { name: 'ping', html: `<a href="${c}/link" ping="${c}/ping">${c}/link</a>` },
    { name: 'table-background', html: `<table background="${c}/tbg"><tr><td>cell</td></tr></table>` },
    {
      name: 'data-iframe',
      html: `<iframe src="data:text/html,<script>parent.__xss='data'</script>"></iframe>`,
    },
    {
      name: 'dom-clobber',
      html: `<form id="__xss"><img name="__xss"></form><a id="defaultView" href="${c}/clobber">x</a>`,
    },
  ];
}

/** One RFC 822 message per payload; the subject and display name carry payloads too. */
export function xssEmail(name: string, html: string, canary: string): string {
  return [
    `From: "<img src=x onerror=window.__xss='from'>" <attacker@evil.example>`,
    'To: analyst@example.org',
    `Subject: xss ${name} <script>window.__xss='subject'</script>`,
    'Date: Fri, 06 Nov 2026 10:00:00 +0000',
    `Message-ID: <xss-${name}@evil.example>`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="xx"',
    '',
    '--xx',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `plain <script>window.__xss='text'</script> ${canary}/text`,
    '--xx',
    'Content-Type: text/html; charset=utf-8',
    '',
    `<html><body><p>Payload ${name}</p>${html}<p>end</p></body></html>`,
    '--xx--',
    '',
  ].join('\r\n');
}
