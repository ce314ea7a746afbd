/**
 * @module samples/tools/mail/spam
 * Unsolicited bulk mail that is not fraud: SEO spam (en), Chinese "invoice service" spam in
 * GB2312, Polish loan spam. No campaign (each stands alone).
 */
import type { MailSpec } from '../lib/mail-spec.js';
import { badHops, NW, SOFTFAIL } from './infra.js';

/** The spam messages. */
export function spamMails(): MailSpec[] {
  return [
    {
      key: 'spam-seo-en',
      kind: 'spam',
      lang: 'en',
      date: '2026-02-10T04:20:00Z',
      from: { name: 'Ryan | Growth Team', addr: 'ryan@rank-boost-agency.biz' },
      to: [NW.info],
      returnPath: 'bounces@rank-boost-agency.biz',
      subject: 'Re: example.com on the first page of Google',
      text: `Hi there,

I was checking example.com and noticed it is not ranking for some of your most
important keywords. We can put your website on the first page of Google within
30 days - guaranteed, or you don't pay.

Our packages start at just $199/month and include 50 high-authority backlinks,
on-page optimisation and a monthly report.

Shall I send you a free audit? Just reply "YES".

Best,
Ryan
Rank Boost Agency

If you don't want to hear from me again, reply "unsubscribe".
`,
      hops: badHops('vps-17.rank-boost-agency.biz', '198.51.100.200'),
      auth: SOFTFAIL,
      extra: [['Precedence', 'bulk']],
    },
    {
      key: 'spam-invoice-zh',
      kind: 'spam',
      lang: 'zh',
      date: '2026-02-23T02:33:12Z',
      tz: '+0800',
      charset: 'gb2312',
      from: { name: '财务服务', addr: 'service@fapiao-daikai.top' },
      to: [NW.info],
      returnPath: 'service@fapiao-daikai.top',
      subject: '各类发票代开 诚信合作',
      text: `贵公司负责人您好：

本公司长期代开各地增值税发票、普通发票，票点优惠，可先验票后付款。
全国各地均可办理，保证真票，欢迎来电咨询。

联系邮箱：service@fapiao-daikai.top
如有打扰，敬请谅解！
`,
      hops: badHops('mail.fapiao-daikai.top', '203.0.113.201'),
      auth: SOFTFAIL,
      extra: [['Precedence', 'bulk']],
    },
    {
      key: 'spam-loan-pl',
      kind: 'spam',
      lang: 'pl',
      date: '2026-02-27T06:45:27Z',
      tz: '+0100',
      from: { name: 'Szybka Gotówka', addr: 'oferta@szybka-pozyczka-online.top' },
      to: [NW.nowak],
      returnPath: 'bounce@szybka-pozyczka-online.top',
      subject: 'Pożyczka do 5000 zł bez BIK – decyzja w 15 minut!',
      text: `Dzień dobry,

potrzebujesz pieniędzy na już? Pierwsza pożyczka do 5000 zł za 0 zł, bez BIK i
bez zaświadczeń o dochodach. Decyzja w 15 minut, pieniądze na koncie jeszcze dziś.

Sprawdź ofertę: https://szybka-pozyczka-online.top/oferta?utm_source=mail&id=48812

Aby zrezygnować z otrzymywania wiadomości, kliknij tutaj:
https://szybka-pozyczka-online.top/wypisz?id=48812
`,
      hops: badHops('mail.szybka-pozyczka-online.top', '203.0.113.202'),
      auth: SOFTFAIL,
      extra: [
        ['Precedence', 'bulk'],
        ['List-Unsubscribe', '<https://szybka-pozyczka-online.top/wypisz?id=48812>'],
      ],
    },
  ];
}
