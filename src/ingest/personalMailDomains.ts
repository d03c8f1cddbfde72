// Mail providers whose domain says nothing about the author's institution. An e-mail
// at one of these still identifies the author, but gives no affiliation evidence.
const PERSONAL = new Set([
  'gmail.com', 'googlemail.com', 'hotmail.com', 'outlook.com', 'live.com', 'msn.com',
  'yahoo.com', 'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'protonmail.com',
  'proton.me', 'gmx.de', 'gmx.net', 'web.de', 'mail.ru', 'yandex.ru', 'yandex.com',
  '163.com', '126.com', 'qq.com', 'foxmail.com', 'sina.com', 'sohu.com', 'yeah.net',
  'naver.com', 'hanmail.net', 'daum.net',
]);

export function isPersonalMailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  // yahoo.co.jp, hotmail.fr, outlook.de and the like.
  return PERSONAL.has(d) || /^(yahoo|hotmail|outlook|live)\.[a-z.]+$/.test(d);
}
