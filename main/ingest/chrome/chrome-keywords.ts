/**
 * Words that mark page chrome in the languages of our sources (fr, tr, en, ru, az).
 *
 * Kept apart from the scoring so that adding a site's vocabulary is a data change. Every
 * list is matched case-insensitively after Unicode NFC normalisation (the text is already
 * NFC). Turkish dotted/dotless i is folded by `foldCase`, so "PAYLAŞ", "Paylaş" and
 * "paylaş" all match.
 */

/** Keyword lists are written `a | b | c` so they stay compact and easy to review. */
function list(words: string): readonly string[] {
  return words
    .split('|')
    .map((word) => word.trim().replace(/\s+/g, ' '))
    .filter((word) => word !== '');
}

/**
 * Lower-cases with the Turkish/Azerbaijani capital İ and I (and dotless ı) all mapped to
 * "i", and curly apostrophes made straight, so that one keyword matches the capitalised menus ("İLETİŞİM", "ILETISIM") and the body text alike.
 */
export function foldCase(text: string): string {
  // Curly apostrophes too: "J’aime" and "J'aime" are one button.
  return text.replace(/[İI]/g, 'i').toLowerCase().replace(/ı/g, 'i').replace(/[’‘ʼ]/g, "'");
}

/** Share and follow buttons; a line made only of these is a share widget. */
export const SHARE_WORDS = list(`
  paylaş | paylas | partager | share | tweet | facebook | twitter | whatsapp | telegram |
  linkedin | instagram | youtube | pinterest | reddit | vkontakte | vk | e-posta | e-mail |
  email | print | imprimer | yazdır | поделиться | abone ol | bizi takip edin | suivez-nous |
  follow us | subscribe | s'abonner | kopyala | copy link | copier le lien | font büyüt | font
  küçült | yorum yazın | facebook yorum | bizi izləyin | подписаться | x.com | mail | sosyal
  medya bağlantilari | sosyal medya | share this article | share this | partager cet article |
  yazıyı paylaş | haberi paylaş | link | lien | copy | вконтакте | одноклассники | телеграм |
  google plus | google+ | tumblr | flipboard | pocket
`);

/** Reaction buttons and their labels (the counts are recognised separately). */
export const REACTION_WORDS = list(`
  beğenmedim | beğendim | beğen | sevdim | alkiş | komik | inanilmaz | üzgün | kizgin |
  şaşırdım | like | likes | love | haha | wow | sad | angry | j'aime | j'adore | bəyəndim |
  нравится | не нравится | класс | yorum | yorumlar | commentaires | comments | комментарии |
  şərhlər | reactions | réactions
`);

/** Headings of reader comments and comment forms: the article is over when they come. */
export const COMMENT_MARKERS = list(`
  yorumlar | yorum yaz | yorum yazın | yorum yap | comments | leave a comment | commentaires |
  view comments | show comments | read comments | reader comments | add a comment | post a
  comment | leave a reply | join the discussion | comment on this article | التعليقات |
  laisser un commentaire | réagir | комментарии | оставить комментарий | şərhlər | şərh yaz
`);

/** Headings that open a block of links to other articles: the article is over. */
export const RELATED_MARKERS = list(`
  ilgili haberler | benzer haberler | yazarın diğer yazıları | diğer haberler | en çok okunanlar | son haberler |
  related | related articles | related stories | related coverage | related content | related
  news | recommended | recommended for you | what to read next | read next | up next | more
  stories | most read | most popular | trending | latest news | you may also like | you might
  also like | sur le même sujet | les plus lus | dans la même rubrique | похожие новости |
  другие новости | oxşar xəbərlər | digər xəbərlər | son xəbərlər | ən çox oxunanlar
`);

/**
 * Openers of a teaser inside the text ("Read more: …", "Lire aussi", "Читайте также"): the
 * teaser is chrome, but the article goes on after it.
 */
export const TEASER_MARKERS = list(`
  read more | read also | see also | lire aussi | à lire aussi | a lire aussi | voir aussi |
  читайте также | ayrıca okuyun | bunu da okuyun | daha fazla oku | həmçinin oxuyun
`);

/** Legal, copyright and cookie notices, matched anywhere in a short line. */
export const FOOTER_WORDS = list(`
  © | copyright | tüm hakları saklıdır | tous droits réservés | all rights reserved | все
  права защищены | bütün hüquqlar qorunur | gizlilik politikasi | privacy policy | politique
  de confidentialité | mentions légales | terms of use | terms of service | conditions
  générales | kullanım koşulları | çerez | cookie | kvkk | künye | impressum | sitemap |
  политика конфиденциальности | məxfilik siyasəti | yazılım: | our standards
`);

/** Cookie-banner buttons: footer when a line holds nothing else ("Kabul Et", "Accept All"). */
export const COOKIE_BUTTONS = list(`
  kabul et | accept all | accept | accepter | tout accepter | paramétrer | refuser | manage
  preferences | reject all | хорошо | принять | qəbul et | ok
`);

/** Month names (fr, en, tr, ru genitive, az) that make a short line with digits a date. */
export const MONTHS = list(`
  janvier | février | mars | avril | mai | juin | juillet | août | septembre | octobre |
  novembre | décembre | january | february | march | april | may | june | july | august |
  september | october | november | december | jan | feb | mar | apr | jun | jul | aug | sep |
  sept | oct | nov | dec | ocak | şubat | mart | nisan | mayıs | haziran | temmuz | ağustos |
  eylül | ekim | kasım | aralık | января | февраля | марта | апреля | мая | июня | июля |
  августа | сентября | октября | ноября | декабря | yanvar | fevral | aprel | iyun | iyul |
  avqust | sentyabr | oktyabr | noyabr | dekabr
`);

/** First words of breadcrumbs and menus ("Ana Sayfa > Gündem > …"). */
export const NAVIGATION_STARTS = list(`
  menu | menü | ana sayfa | anasayfa | home | accueil | главная | ana səhifə | skip to | aller
  au contenu | kapat | fermer | close | search | rechercher | ara | поиск | axtar | giriş |
  connexion | log in | sign in | войти
`);

/** Currency, commodity and index names that head ticker lines ("USD 40,12", "DOLAR16.76"). */
export const TICKER_WORDS = list(`
  usd | eur | euro | gbp | rub | azn | try | chf | jpy | btc | bitcoin | dolar | dollar |
  sterlin | altın | altin | gr altin | çeyrek | bist | brent | nasdaq | cac 40 | dow jones |
  нефть | доллар | евро | manat | gold | or
`);

/** Openers of bylines ("Par Kadir Duran", "By Jane Doe"). */
export const BYLINE_STARTS = list(`
  par | by | yazan | yazar | автор | müəllif | propos recueillis par | written by | posted by
`);
