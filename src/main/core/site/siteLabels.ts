/**
 * Every word an exported site shows, in each language a site can be published in. Dates are
 * not here: Intl formats them for the locale (see formatSiteDate).
 */

import { SITE_LOCALE_NAMES, SITE_LOCALES, type SiteLocale } from '../../../shared/site';

export { SITE_LOCALE_NAMES, SITE_LOCALES, type SiteLocale };

export interface SiteLabels {
  /** The byline: "Writer: Ada Lovelace". */
  writer(name: string): string;
  minRead(minutes: number): string;
  comments: string;
  tags: string;
  /** Above a tag page's title. */
  tag: string;
  postCount(count: number): string;
  home: string;
  newerPosts: string;
  olderPosts: string;
  newerPost: string;
  olderPost: string;
  pageOf(page: number, pages: number): string;
  pagination: string;
  noPosts: string;
  notFoundTitle: string;
  notFoundText: string;
  backHome: string;
  subscribe: string;
  publishedWith: string;
  skipToContent: string;
  siteNavigation: string;
  /** The notes section at the end of a post, for assistive technology. */
  footnotes: string;
  /** The link from a note back to its number in the text. */
  backToText: string;
}

type Numbers = (n: number) => string;

/** The labels of one locale; numbers are written the locale's way ("1.234" in German). */
const TABLE: Record<SiteLocale, (n: Numbers) => SiteLabels> = {
  en: (n) => ({
    writer: (name) => `Writer: ${name}`,
    minRead: (minutes) => `${n(minutes)} min read`,
    comments: 'Comments',
    tags: 'Tags',
    tag: 'Tag',
    postCount: (count) => (count === 1 ? '1 post' : `${n(count)} posts`),
    home: 'Home',
    newerPosts: 'Newer posts',
    olderPosts: 'Older posts',
    newerPost: 'Newer',
    olderPost: 'Older',
    pageOf: (page, pages) => `Page ${n(page)} of ${n(pages)}`,
    pagination: 'Pagination',
    noPosts: 'Nothing published yet.',
    notFoundTitle: 'Page not found',
    notFoundText: 'The page you were looking for does not exist, or it has moved.',
    backHome: 'Go to the home page',
    subscribe: 'Subscribe via RSS',
    publishedWith: 'Published with Inkpress',
    skipToContent: 'Skip to content',
    siteNavigation: 'Site',
    footnotes: 'Footnotes',
    backToText: 'Back to the text',
  }),
  'pt-BR': (n) => ({
    writer: (name) => `Escrito por ${name}`,
    minRead: (minutes) => `${n(minutes)} min de leitura`,
    comments: 'Comentários',
    tags: 'Marcadores',
    tag: 'Marcador',
    postCount: (count) => (count === 1 ? '1 publicação' : `${n(count)} publicações`),
    home: 'Início',
    newerPosts: 'Publicações mais recentes',
    olderPosts: 'Publicações mais antigas',
    newerPost: 'Mais recente',
    olderPost: 'Mais antiga',
    pageOf: (page, pages) => `Página ${n(page)} de ${n(pages)}`,
    pagination: 'Paginação',
    noPosts: 'Nada publicado ainda.',
    notFoundTitle: 'Página não encontrada',
    notFoundText: 'A página que você procura não existe ou foi movida.',
    backHome: 'Ir para a página inicial',
    subscribe: 'Assine via RSS',
    publishedWith: 'Publicado com Inkpress',
    skipToContent: 'Pular para o conteúdo',
    siteNavigation: 'Site',
    footnotes: 'Notas de rodapé',
    backToText: 'Voltar ao texto',
  }),
  es: (n) => ({
    writer: (name) => `Escrito por ${name}`,
    minRead: (minutes) => `${n(minutes)} min de lectura`,
    comments: 'Comentarios',
    tags: 'Etiquetas',
    tag: 'Etiqueta',
    postCount: (count) => (count === 1 ? '1 entrada' : `${n(count)} entradas`),
    home: 'Inicio',
    newerPosts: 'Entradas más recientes',
    olderPosts: 'Entradas anteriores',
    newerPost: 'Más reciente',
    olderPost: 'Anterior',
    pageOf: (page, pages) => `Página ${n(page)} de ${n(pages)}`,
    pagination: 'Paginación',
    noPosts: 'Todavía no hay nada publicado.',
    notFoundTitle: 'Página no encontrada',
    notFoundText: 'La página que buscas no existe o se ha movido.',
    backHome: 'Ir a la página de inicio',
    subscribe: 'Suscríbete por RSS',
    publishedWith: 'Publicado con Inkpress',
    skipToContent: 'Saltar al contenido',
    siteNavigation: 'Sitio',
    footnotes: 'Notas al pie',
    backToText: 'Volver al texto',
  }),
  fr: (n) => ({
    writer: (name) => `Écrit par ${name}`,
    minRead: (minutes) => `${n(minutes)} min de lecture`,
    comments: 'Commentaires',
    tags: 'Étiquettes',
    tag: 'Étiquette',
    postCount: (count) => (count <= 1 ? `${n(count)} article` : `${n(count)} articles`),
    home: 'Accueil',
    newerPosts: 'Articles plus récents',
    olderPosts: 'Articles plus anciens',
    newerPost: 'Plus récent',
    olderPost: 'Plus ancien',
    pageOf: (page, pages) => `Page ${n(page)} sur ${n(pages)}`,
    pagination: 'Pagination',
    noPosts: 'Rien de publié pour le moment.',
    notFoundTitle: 'Page introuvable',
    notFoundText: 'La page que vous cherchez n’existe pas ou a été déplacée.',
    backHome: 'Aller à la page d’accueil',
    subscribe: 'S’abonner au flux RSS',
    publishedWith: 'Publié avec Inkpress',
    skipToContent: 'Aller au contenu',
    siteNavigation: 'Site',
    footnotes: 'Notes de bas de page',
    backToText: 'Retour au texte',
  }),
  de: (n) => ({
    writer: (name) => `Geschrieben von ${name}`,
    minRead: (minutes) => `${n(minutes)} Min. Lesezeit`,
    comments: 'Kommentare',
    tags: 'Schlagwörter',
    tag: 'Schlagwort',
    postCount: (count) => (count === 1 ? '1 Beitrag' : `${n(count)} Beiträge`),
    home: 'Startseite',
    newerPosts: 'Neuere Beiträge',
    olderPosts: 'Ältere Beiträge',
    newerPost: 'Neuer',
    olderPost: 'Älter',
    pageOf: (page, pages) => `Seite ${n(page)} von ${n(pages)}`,
    pagination: 'Seitennavigation',
    noPosts: 'Noch nichts veröffentlicht.',
    notFoundTitle: 'Seite nicht gefunden',
    notFoundText: 'Die gesuchte Seite gibt es nicht, oder sie wurde verschoben.',
    backHome: 'Zur Startseite',
    subscribe: 'Per RSS abonnieren',
    publishedWith: 'Veröffentlicht mit Inkpress',
    skipToContent: 'Zum Inhalt springen',
    siteNavigation: 'Website',
    footnotes: 'Fußnoten',
    backToText: 'Zurück zum Text',
  }),
  'zh-CN': (n) => ({
    writer: (name) => `作者：${name}`,
    minRead: (minutes) => `阅读时间 ${n(minutes)} 分钟`,
    comments: '评论',
    tags: '标签',
    tag: '标签',
    postCount: (count) => `${n(count)} 篇文章`,
    home: '首页',
    newerPosts: '较新的文章',
    olderPosts: '较早的文章',
    newerPost: '较新',
    olderPost: '较早',
    pageOf: (page, pages) => `第 ${n(page)} 页，共 ${n(pages)} 页`,
    pagination: '分页',
    noPosts: '还没有发布任何内容。',
    notFoundTitle: '页面未找到',
    notFoundText: '你要找的页面不存在，或已被移动。',
    backHome: '返回首页',
    subscribe: '通过 RSS 订阅',
    publishedWith: '由 Inkpress 发布',
    skipToContent: '跳到正文',
    siteNavigation: '网站',
    footnotes: '脚注',
    backToText: '返回正文',
  }),
  ja: (n) => ({
    writer: (name) => `著者：${name}`,
    minRead: (minutes) => `${n(minutes)}分で読めます`,
    comments: 'コメント',
    tags: 'タグ',
    tag: 'タグ',
    postCount: (count) => `${n(count)}件の記事`,
    home: 'ホーム',
    newerPosts: '新しい記事',
    olderPosts: '以前の記事',
    newerPost: '次の記事',
    olderPost: '前の記事',
    pageOf: (page, pages) => `${n(pages)}ページ中${n(page)}ページ目`,
    pagination: 'ページ送り',
    noPosts: 'まだ公開された記事はありません。',
    notFoundTitle: 'ページが見つかりません',
    notFoundText: 'お探しのページは存在しないか、移動した可能性があります。',
    backHome: 'ホームに戻る',
    subscribe: 'RSSで購読',
    publishedWith: 'Inkpress で公開',
    skipToContent: '本文へスキップ',
    siteNavigation: 'サイト',
    footnotes: '脚注',
    backToText: '本文に戻る',
  }),
};

/** The locale a tag names, matched without regard to case ("pt-br" is pt-BR); null if none. */
export function siteLocaleOf(tag: string): SiteLocale | null {
  const wanted = tag.trim().toLowerCase();
  return SITE_LOCALES.find((locale) => locale.toLowerCase() === wanted) ?? null;
}

export function isSiteLocale(tag: string): boolean {
  return siteLocaleOf(tag) !== null;
}

const labelCache = new Map<SiteLocale, SiteLabels>();

export function siteLabels(locale: SiteLocale): SiteLabels {
  let labels = labelCache.get(locale);
  if (!labels) {
    const numbers = new Intl.NumberFormat(locale);
    // The same few numbers (minutes, counts, pages) come up thousands of times in one export.
    const written = new Map<number, string>();
    labels = TABLE[locale]((value) => {
      let text = written.get(value);
      if (text === undefined) written.set(value, (text = numbers.format(value)));
      return text;
    });
    labelCache.set(locale, labels);
  }
  return labels;
}

/**
 * Formats post dates (YYYY-MM-DD) in one locale: "November 29, 2026", "29 de novembro de
 * 2026", "2026年11月29日". The calendar date is shown as written, whatever the time zone.
 * One Intl formatter per locale and one string per distinct date: a site of 10,000 posts
 * shows each date several times.
 */
export function siteDateFormatter(locale: SiteLocale): (date: string) => string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const seen = new Map<string, string>();
  return (date) => {
    let text = seen.get(date);
    if (text === undefined) {
      const instant = new Date(`${date}T00:00:00Z`);
      text = Number.isNaN(instant.getTime()) ? date : format.format(instant);
      seen.set(date, text);
    }
    return text;
  };
}
