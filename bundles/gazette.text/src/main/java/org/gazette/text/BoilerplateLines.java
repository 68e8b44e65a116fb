package org.gazette.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines that news templates print around an article rather than in it, by their
 * wording, in English, German, French, Spanish, Italian, Portuguese and Dutch. These are cues for
 * short lines (a label, a button's words, a section heading), never a verdict on a paragraph of
 * prose: parsers combine them with where the line stands (before the first paragraph, after the
 * last) and how long it is.
 *
 * <ul>
 * <li>{@link #isCopyright}: "© 2024 Example Media", "Copyright 2023 ...", "All rights reserved",
 * "Alle Rechte vorbehalten", "Tous droits réservés", "Todos los derechos reservados".</li>
 * <li>{@link #isEndOfArticle}: the heading of what follows an article: "Related articles",
 * "More from ...", "You may also like", "Most read", "About the author", "Comments", "Mehr zum Thema", "Meistgelesen",
 * "À lire aussi", "Artículos relacionados", "Читайте также", "Benzer Haberler", "相关新闻", "関連記事", "관련기사",
 * "أخبار ذات صلة", "ข่าวที่เกี่ยวข้อง", "Tin liên quan", "Berita terkait", "Relaterade artiklar", "Související články",
 * "כתבות נוספות", "اخبار مرتبط", "Hozzászólások (3)", "Articole similare", "Kommentit"; and {@link #isReferences}: "References", "Sources",
 * "Footnotes", "Quellen", "Références".</li>
 * <li>{@link #isReadingTime}: "5 min read", "11 Minute Read", "Lesezeit: 3 Minuten",
 * "Temps de lecture : 4 min".</li>
 * <li>{@link #isDisclosure}: affiliate and sponsorship notices: "We may earn a commission...",
 * "This post contains affiliate links", "Sponsored content", "Purchases made through our links may
 * earn us a commission", "We independently test everything we recommend".</li>
 * <li>{@link #isChrome}: the words of widgets: "Share this article", "Subscribe to our newsletter",
 * "Advertisement", "Anzeige", "Read more: ...", "Related: ...", "Lesen Sie auch: ...", "Читайте также: ...",
 * "Te puede interesar: ...", "Voir aussi : ...", "Leia mais: ...", "Przeczytaj również: ...", "Читайте також: ...", "Διαβάστε επίσης: ...", "相关阅读：...", "【関連記事】...", "▶ 관련기사: ...", "यह भी पढ़ें: ...",
 * "اقرأ أيضا: ...", "อ่านข่าวที่เกี่ยวข้อง : ...", "Xem thêm: ...", "Baca juga: ...", "Läs också: ...", "Čtěte také: ...",
 * "קראו גם: ...", "بیشتر بخوانید: ...", "Kapcsolódó: ...", "Citește și: ...", "Lue myös: ...",
 * "Skip to content", "Table of contents", "Back to top", a post's tags ("Tags: bridges, floods",
 * "Filed under: Local", "Schlagwörter: ...").</li>
 * <li>{@link #isNavigation}: a breadcrumb or menu flattened into one line: "Home » News » World",
 * "News | Sport | Weather | Culture".</li>
 * </ul>
 */
public final class BoilerplateLines {

    /** A cue only applies to a line shorter than this; longer lines are prose. */
    static final int MAX_LINE = 200;
    /** A heading that ends an article is shorter than this. */
    static final int MAX_HEADING = 60;

    /**
     * The rights notices of Korean, Japanese and Chinese news pages, which print them without a "©" as often as with one:
     * "무단전재 및 재배포 금지" (no reproduction or redistribution), "無断転載を禁じます", "版权所有", "未经授权禁止转载".
     */
    private static final String CJK_RIGHTS = "무단\\s*전재.{0,12}(?:금지|금함)|재배포\\s*금지|無断(?:転載|複製)[^。]{0,12}(?:禁|ご遠慮)"
            + "|版[权權]所有(?!者)|(?:禁止|不得)[转轉]载|(?:禁止|不得)[转轉]載";
    static final Pattern COPYRIGHT = Pattern.compile("(?iu)(?:[©\u24D2]|\\(c\\)\\s*(?:19|20)\\d\\d|^copyright\\s*(?:\\(c\\)|(?:19|20)\\d\\d|by\\b)"
            + "|\\ball rights reserved|\\balle rechte vorbehalten|\\btous droits réservés|\\btodos los derechos reservados"
            + "|\\btutti i diritti riservati|\\btodos os direitos reservados|\\balle rechten voorbehouden"
            + "|" + CJK_RIGHTS + ")");
    private static final Pattern REFERENCES = Pattern.compile("(?iu)^(?:"
            + "references|sources|article sources|sources and references|footnotes|bibliography|citations|works cited"
            + "|quellen|quellenangaben|literatur|literaturverzeichnis|einzelnachweise|fußnoten|références|notes et références"
            + "|bibliographie|referencias|fuentes|bibliografía|riferimenti|bibliografia|referências|fontes|bronnen|referenties"
            + "|literatuur)\\s*[:.]?$");
    private static final Pattern END_OF_ARTICLE = Pattern.compile("(?iu)^(?:"
            // English
            + "further reading|related(?: (?:articles?|posts?|stories|content|reading|reads|news|links|topics|coverage|guides|products))?"
            + "|more (?:from|on|in|about|like this|stories|articles|news|to explore|to explorer|posts|reading)\\b.*"
            + "|(?:you|we think you) (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested in)\\b.*"
            + "|recommended(?: (?:articles?|posts?|stories|reading|for you))?|read next|up next|what to read next"
            + "|(?:most )?popular(?: (?:articles?|posts?|stories|now))?|trending(?: now)?|latest (?:news|posts|articles|stories)"
            + "|most (?:read|viewed|shared|commented|watched)(?: (?:articles|stories|news|today|this week))?|top stories|editor'?s picks"
            + "|recent (?:posts|articles|stories)|keep reading|see also|also read|don'?t miss"
            + "|about the authors?|about (?:the )?writer|comments?|leave a (?:comment|reply)|join the discussion"
            // German, French, Spanish, Italian, Portuguese, Dutch
            + "|mehr zum thema|das könnte sie auch interessieren|weitere artikel|ähnliche artikel|verwandte artikel"
            + "|meistgelesen(?:e artikel)?|am meisten gelesen|les plus lus|les articles les plus lus|lo más leído|(?:noticias )?más leídas"
            + "|i più letti|più lett[ie]|(?:notícias )?mais lidas|meest gelezen"
            + "|noticias relacionadas|notícias relacionadas|contenido relacionado|temas relacionados|articles liés"
            + "|notizie correlate|gerelateerd nieuws"
            + "|lesen sie auch|über den autor|über die autorin|kommentare|à lire aussi|lire aussi|articles similaires"
            + "|sur le même sujet|à propos de l'auteur|commentaires|artículos relacionados|lee también|te puede interesar"
            + "|sobre el autor|comentarios|articoli correlati|leggi anche|potrebbe interessarti|commenti"
            + "|artigos relacionados|leia também|veja também|sobre o autor|comentários|gerelateerde artikelen|lees ook"
            + "|meer over dit onderwerp|ähnliche produkte|produits similaires|productos relacionados|prodotti correlati"
            + "|produtos relacionados|gerelateerde producten"
            // Polish, Russian, Turkish, Chinese, Japanese, Korean, Hindi
            + "|zobacz (?:też|także|również)|przeczytaj (?:też|także|również)|powiązane artykuły|komentarze(?: \\(\\d+\\))?"
            + "|читайте также|смотрите также|по теме|комментарии(?: \\(\\d+\\))?"
            + "|читайте також|дивіться також|за темою|схожі новини|коментарі(?: \\(\\d+\\))?"
            + "|διαβάστε (?:επίσης|ακόμη)|σχετικά άρθρα|σχετικές ειδήσεις|σχόλια(?: \\(\\d+\\))?|benzer haberler|ilgili haberler|yorumlar(?: \\(\\d+\\))?"
            + "|相关阅读|相关新闻|延伸阅读|推荐阅读|网友评论|评论|関連記事|あわせて読みたい|コメント|관련\\s?기사|댓글(?: \\d+)?"
            + "|(?:यह|ये) भी प(?:\u0922\u093C|\u095D)ें|संबंधित (?:\u0916\u093C|\u0959|\u0916)बरें|टिप्पणियां|टिप्पणियाँ"
            // Arabic, Thai, Vietnamese, Indonesian
            + "|[اإ]قرأ أيضا\u064B?|أخبار ذات صلة|مقالات ذات صلة|التعليقات(?: \\(\\d+\\))?"
            + "|ข่าวที่เกี่ยวข้อง|อ่านข่าวที่เกี่ยวข้อง|ความคิดเห็น|tin liên quan|bài liên quan|xem thêm|đọc thêm|ý kiến(?: \\(\\d+\\))?"
            + "|berita terkait|baca juga|artikel terkait|komentar(?: \\(\\d+\\))?"
            // Swedish, Czech, Hebrew, Persian, Hungarian, Romanian, Finnish
            + "|läs (?:också|även)|relaterade artiklar|kommentarer(?: \\(\\d+\\))?|čtěte (?:také|též)|související články"
            + "|diskuse(?: \\(\\d+\\))?|komentáře(?: \\(\\d+\\))?|קראו גם|כתבות קשורות|כתבות נוספות|תגובות(?: \\(\\d+\\))?"
            + "|بیشتر بخوانید|اخبار مرتبط|مطالب مرتبط|نظرات(?: \\([\\d\u06F0-\u06F9]+\\))?"
            + "|kapcsolódó cikkek|ezt is ajánljuk|ezek is érdekelhetik|hozzászólások(?: \\(\\d+\\))?"
            + "|citește și|articole similare|comentarii(?: \\(\\d+\\))?|lue myös|aiheesta lisää|kommentit(?: \\(\\d+\\))?"
            + ")\\s*[:：.…]?$");
    private static final Pattern READING_TIME = Pattern.compile("(?iu)(?:\\b\\d{1,3}\\s*[-‑]?\\s*(?:min|mins|minutes?|minuten|minutos|minuti)"
            + "\\.?\\s*(?:read|reading|reading time|to read|de lecture|lesezeit|lesedauer|de lectura|di lettura|de leitura|leestijd)\\b"
            + "|(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura"
            + "|tempo de leitura|leestijd)\\s*:?\\s*(?:\\d|$|ca\\.|approx|about|environ))");
    private static final Pattern DISCLOSURE = Pattern.compile("(?iu)(?:\\b(?:earns?|receives?|get|make) (?:us )?(?:a |an )?"
            + "(?:small |affiliate )?commissions?\\b|\\bmay (?:be compensated|receive compensation)\\b"
            + "|\\baffiliate links?\\b|\\baffiliate commission|\\bpaid promotion\\b"
            + "|\\bsponsored (?:content|post)\\b|\\bprovision(?:s-links|slinks)\\b|\\baffiliate-links?\\b"
            + "|\\bliens? (?:d'affiliation|affiliés)\\b|\\benlaces? de afiliad[oa]s?\\b|\\blink di affiliazione\\b"
            + "|\\bindependently (?:selected|chosen|reviewed)\\b|\\b(?:chosen|selected) independently\\b"
            + "|\\bwe independently (?:evaluate|review|research|select|test)\\b|\\bwhy trust us\\b"
            + "|\\b(?:buy|buying|purchases?(?: made)?|shop|shopping) (?:through|via) (?:the |our |these )?links\\b)");
    /** Every match of {@link #DISCLOSURE} contains one of these, in lower case. */
    private static final List<String> DISCLOSURE_STEMS = List.of("commission", "compensat", "affili", "afiliad", "promotion",
            "sponsored", "provision", "independently", "trust", "link");
    private static final Pattern CHROME = Pattern.compile("(?iu)^(?:"
            + "advertisement|advertising|ad|sponsored|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie"
            + "|(?:share(?: this| on| via)?(?: article| post| story| page)?|teilen|artikel teilen|partager|compartir|condividi|partilhar|delen)\\s*[:：]?"
            + "|share\\s*:.*|share (?:on|via|to) [\\p{L} ]{1,20}"
            + "|(?:view|read|open)(?: this)?(?: email| e-mail| newsletter)? (?:in (?:your |a |the )?browser|online|as (?:a )?web ?page)"
            + "|im browser (?:ansehen|anzeigen|öffnen)|voir (?:la version en ligne|dans (?:le|votre) navigateur)|ver (?:en el|no) navegador"
            + "|ver versión web|visualizza (?:nel browser|online)|bekijk (?:in (?:je|uw) browser|online)"
            + "|(?:subscribe|sign up|signup|join|get)\\b.{0,60}(?:newsletter|updates|inbox|free|today|now)\\b.*"
            + "|subscribe(?: now| today| here)?|sign up(?: now| today| here| for free)?|newsletter abonnieren|abonnez-vous.*|suscríbete.*|iscriviti.*"
            + "|(?:[▶►▷☞■]\\s*)?(?:read more|read also|see also|also read|related|more|watch|listen|recommended|lesen sie auch|lesen sie mehr|mehr dazu|mehr zum thema"
            + "|à lire aussi|lire aussi|lire la suite|lee también|leer más|leggi anche|leia também|lees ook|lees meer"
            + "|à lire également|lire également|voir aussi|à voir aussi|auch interessant|das könnte sie (?:auch )?interessieren"
            + "|(?:también )?te puede interesar|puede interesarte|te recomendamos|lea también|ver también|vea también"
            + "|(?:ti )?potrebbe interessarti|vedi anche|veja também|leia mais|saiba mais|zie ook"
            // Polish, Russian, Turkish, Chinese, Japanese, Korean, Hindi
            + "|przeczytaj (?:też|także|również)|czytaj (?:też|także|również)|zobacz (?:też|także|również)"
            + "|читайте также|читать также|смотрите также|по теме|читайте також|дивіться також|διαβάστε (?:επίσης|ακόμη)|δείτε (?:επίσης|ακόμη)|ilgili haber(?:ler)?|bunu da okuyun|ayrıca okuyun"
            + "|相关阅读|延伸阅读|推荐阅读|相关新闻|関連記事|あわせて読みたい|관련\\s?기사|함께 보면 좋은 기사"
            + "|(?:यह|ये|इसे) भी प(?:\u0922\u093C|\u095D)ें|(?:यह|ये) भी देखें"
            // Arabic, Thai, Vietnamese, Indonesian
            + "|[اإ]قرأ أيضا\u064B?|اقرأ المزيد|อ่านข่าวที่เกี่ยวข้อง|อ่านเพิ่มเติม|ข่าวที่เกี่ยวข้อง|xem thêm|đọc thêm|tin liên quan"
            + "|baca juga|simak juga|lihat juga|baca selengkapnya"
            // Swedish, Czech, Hebrew, Persian, Hungarian, Romanian, Finnish
            + "|läs (?:också|även)|čtěte (?:také|též)|přečtěte si (?:také|též)|קראו גם|קרא גם|بیشتر بخوانید|همچنین بخوانید"
            + "|kapcsolódó(?: cikk)?|ezt is ajánljuk|olvassa el ezt is|citește și|citeste si|vezi și|lue myös|katso myös)\\s*[:：>»›-].*"
            + "|【(?:関連記事|関連|あわせて読みたい)】.*"
            + "|read more|read full (?:article|story)|continue reading|lire la suite|leer más|weiterlesen|mehr lesen|leggi di più|lees meer"
            + "|skip to (?:main )?content|zum inhalt springen|aller au contenu|back to top|nach oben|table of contents?|contents|in this article"
            + "|inhaltsverzeichnis|sommaire|índice|indice|jump to(?: section)?|on this page"
            + "|print|email|e-mail|drucken|imprimer|imprimir|stampa|print this (?:article|page)|follow us.*|folgen sie uns.*|suivez-nous.*|síguenos.*"
            + "|click here.*|hier klicken.*|cliquez ici.*|haga clic aquí.*"
            // an audio player's label above a story
            + "|listen to (?:this|the) (?:story|article|post|episode)|(?:diesen )?artikel anhören|écouter (?:cet|l')article"
            + "|escuch(?:ar|a) (?:este artículo|esta noticia)|ascolta (?:l'articolo|questo articolo)|ouvir (?:este artigo|a notícia)"
            // the label an ad break prints between a story's paragraphs: "Story continues below advertisement"
            + "|(?:advertisement\\W{0,3})?(?:the )?(?:story|article|text|content) continues (?:below|after (?:this |the )?(?:ad|advertisement|message)).{0,20}"
            + "|continue reading (?:below|after (?:this |the )?(?:ad|advertisement|message)|(?:the )?main story)|sponsored content"
            + "|(?:der )?artikel geht (?:unten|nach der (?:anzeige|werbung)) weiter|weiterlesen nach der (?:anzeige|werbung)"
            + "|la suite (?:ci-dessous|après (?:cette |la )?publicité)|l'article continue (?:ci-dessous|après (?:cette |la )?publicité)"
            + "|(?:la noticia |el artículo )?(?:continúa|sigue) (?:debajo|abajo|después de la publicidad)|sigue leyendo después de la publicidad"
            + "|(?:l'articolo )?continua (?:sotto|dopo la pubblicità)|continua a leggere dopo la pubblicità"
            + "|(?:o artigo |a matéria )?continua (?:abaixo|após a publicidade)|(?:het )?artikel gaat verder (?:onder|na) de advertentie"
            // a post's taxonomy line: "Tags: bridges, floods", "Filed under: Local"
            + "|(?:tags|tagged(?: with| as| in)?|filed under|schlagwörter|stichwörter|étiquettes|mots-clés|etiquetas"
            + "|archiviato in|tag)\\s*:\\s*\\S.*"
            + ")$");
    private static final Pattern CREDIT = Pattern.compile("(?iu)(?:^|[|.—–-]\\s*|\\s)(?:photo|photograph|image|picture"
            + "|credit|foto|bild|imagen|immagine|source)s?\\s*(?:credit\\s*)?(?::|by\\b|©|/)\\s*[^.!?]{1,60}$");
    /** The whole-line patterns, with the memory of openings that spares most lines their search. */
    private static final WholeLinePattern REFERENCES_LINE = new WholeLinePattern(REFERENCES);
    private static final WholeLinePattern END_OF_ARTICLE_LINE = new WholeLinePattern(END_OF_ARTICLE);
    private static final WholeLinePattern CHROME_LINE = new WholeLinePattern(CHROME);
    private static final Pattern TAG_LINE = Pattern.compile("(?iu)^(?:tags|tagged(?: with| as| in)?|schlagwörter|stichwörter|étiquettes"
            + "|mots-clés|etiquetas|tag|tagi|теги|etiketler|标签|タグ|태그)\\s*[:：]\\s*(\\S.*)$");
    private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s*[,;|，、]\\s*");
    private static final Pattern NAV_SEPARATOR = Pattern.compile("\\s+(?:[|»›>/•·]|::)\\s+");

    private BoilerplateLines() {
    }

    /**
     * @param line a line of text, possibly {@code null}
     * @return true when it is a copyright or rights notice of at most {@value #MAX_LINE} characters
     */
    public static boolean isCopyright(String line) {
        return line != null && line.length() < MAX_LINE && mayBeCopyright(line) && COPYRIGHT.matcher(line).find();
    }

    /** A cheap test before the pattern: the sign, "(c)", or a stem of the words the pattern looks for. */
    private static boolean mayBeCopyright(String line) {
        if (isAscii(line)) {
            // here the pattern's case folding is ASCII's: it needs its own words, which "service",
            // "observe" or "(CNN)" do not have, so most such lines are spared the pattern's search
            if (line.indexOf('(') < 0 && line.indexOf('v') < 0 && line.indexOf('V') < 0
                    && !(line.startsWith("c") || line.startsWith("C"))) {
                return false; // each word below has a 'v', or the parenthesis, or opens the line: no need to lower-case it
            }
            String lower = line.toLowerCase(Locale.ROOT);
            return lower.contains("(c)") || lower.startsWith("copyright") || lower.contains("reserv")
                    || lower.contains("vorbehalten") || lower.contains("riservati") || lower.contains("voorbehouden");
        }
        if (line.indexOf('©') >= 0 || line.indexOf('\u24D2') >= 0 || line.contains("(c") || line.contains("(C")
                || line.contains("무단") || line.contains("배포") || line.contains("無断") || line.contains("版权") || line.contains("版權")
                || line.contains("转载") || line.contains("轉載")) {
            return true; // the sign, or a stem of the rights notices of Korean, Japanese and Chinese pages
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("copyright") || lower.contains("serv") || lower.contains("vorbehalten")
                || lower.contains("riservati") || lower.contains("voorbehouden")) {
            return true;
        }
        // outside ASCII, the pattern's case folding may find words where lower case does not
        // (U+0130 lower-cases to two characters): leave such lines with a parenthesis to it, as ever
        return line.indexOf('(') >= 0;
    }

    /**
     * @return the line with each character folded as a {@code (?iu)} pattern compares it with a
     *         letter of its own ({@code toLowerCase(toUpperCase(c))}): where the pattern finds a stem
     *         written in lower-case ASCII, the folded line holds it as it is, also spelt with a
     *         long s, a Kelvin sign or a Turkish dotted capital I
     */
    private static String caseFolded(String line) {
        char[] folded = new char[line.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = line.charAt(i);
            folded[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
                    : (char) Character.toLowerCase(Character.toUpperCase((int) c));
        }
        return new String(folded);
    }

    private static boolean isAscii(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param line a line of text, possibly {@code null}
     * @return true when it is, as a whole, the heading of what follows an article (references,
     *         related stories, the author's bio, comments)
     */
    public static boolean isEndOfArticle(String line) {
        return line != null && line.length() < MAX_HEADING && (END_OF_ARTICLE_LINE.matches(line.strip())
                || REFERENCES_LINE.matches(line.strip()));
    }

    /**
     * @param line a line of text, possibly {@code null}
     * @return true when it is, as a whole, the heading of a list of references or sources
     *         ("References", "Footnotes", "Quellen", "Références"); also an {@link #isEndOfArticle} heading
     */
    public static boolean isReferences(String line) {
        return line != null && line.length() < MAX_HEADING && REFERENCES_LINE.matches(line.strip());
    }

    /**
     * @param line a line of text, possibly {@code null}
     * @return true when it gives a reading time ("5 min read", "Lesezeit: 3 Minuten")
     */
    public static boolean isReadingTime(String line) {
        return line != null && line.length() < MAX_HEADING * 2 && READING_TIME.matcher(line).find();
    }

    /**
     * @param line a line of text, possibly {@code null}
     * @return true when it is an affiliate or sponsorship notice ("We may earn a commission")
     */
    public static boolean isDisclosure(String line) {
        return line != null && line.length() < MAX_LINE * 2 && mayBeDisclosure(line) && DISCLOSURE.matcher(line).find();
    }

    /** A cheap test before the pattern: a stem of the words every alternative of it has. */
    private static boolean mayBeDisclosure(String line) {
        String lower = isAscii(line) ? line.toLowerCase(Locale.ROOT) : caseFolded(line);
        for (String stem : DISCLOSURE_STEMS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param line a line of text, possibly {@code null}
     * @return true when it is, as a whole, the words of a widget: share, subscribe, advertisement,
     *         "Read more: ..." and "Related: ..." links, skip links, table-of-contents labels, a
     *         post's tags ("Tags: bridges, floods")
     */
    public static boolean isChrome(String line) {
        return line != null && line.length() < MAX_LINE / 2 && CHROME_LINE.matches(line.strip());
    }

    /**
     * @param line a line of text, possibly {@code null}
     * @return true when it ends with a photo credit ("... | Photo by Jane Doe", "Credit: Apple",
     *         "Foto: dpa"): a caption
     */
    public static boolean isCredit(String line) {
        return line != null && line.length() < MAX_LINE && CREDIT.matcher(line).find();
    }

    /**
     * @param line a line of text, possibly {@code null}
     * @return true when it is three or more short items joined by {@code |}, {@code »}, {@code >},
     *         {@code /} or {@code •}: a breadcrumb or a menu on one line
     */
    public static boolean isNavigation(String line) {
        if (line == null || line.length() >= MAX_LINE || !hasNavSeparator(line)) {
            return false;
        }
        String[] items = NAV_SEPARATOR.split(line.strip());
        if (items.length < 3) {
            return false;
        }
        for (String item : items) {
            if (item.isBlank() || item.split("\\s+").length > 4 || item.endsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** @return false when the line has none of the characters of {@link #NAV_SEPARATOR}: one item, no menu (most lines) */
    private static boolean hasNavSeparator(String line) {
        for (int i = 0; i < line.length(); i++) {
            if ("|\u00bb\u203a>/\u2022\u00b7:".indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param line a line of text, possibly {@code null}
     * @return the tags a post's tag line lists ("Tags: bridges, floods", "Schlagwörter: Brücke; Hochwasser", "Теги: мост"),
     *         a leading "#" dropped; empty when the line is none
     */
    public static List<String> tagsOf(String line) {
        if (line == null || line.length() >= MAX_LINE) {
            return List.of();
        }
        Matcher m = TAG_LINE.matcher(line.strip());
        if (!m.matches()) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (String tag : TAG_SEPARATOR.split(m.group(1))) {
            String t = tag.startsWith("#") ? tag.substring(1).strip() : tag.strip();
            if (!t.isEmpty() && t.indexOf(':') < 0 && !tags.contains(t)) { // "Tags: A, B | Share: Facebook": the share bar is none
                tags.add(t);
            }
        }
        return tags;
    }

    /**
     * @param line a line of text, possibly {@code null}
     * @return true when any of the cues above matches it
     */
    public static boolean isBoilerplate(String line) {
        return isCopyright(line) || isChrome(line) || isNavigation(line) || isReadingTime(line);
    }
}
