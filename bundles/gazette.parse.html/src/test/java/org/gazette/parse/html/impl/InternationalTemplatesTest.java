package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.read;
import static org.gazette.parse.html.impl.Fixtures.unhinted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gazette.api.model.Article;
import org.gazette.api.model.PageKind;
import org.junit.jupiter.api.Test;

/**
 * News pages in twenty-five languages (Arabic, Thai, Vietnamese, Indonesian, Ukrainian, Greek, Dutch, Swedish, Czech,
 * Hebrew, Persian, Hungarian, Romanian and Finnish among them), each modelled on how sites in that language build theirs (the CMS
 * template, its consent banner, navigation, breadcrumbs, byline and dateline in the local form, share
 * bars, "read also" links among the paragraphs, newsletter boxes, tags, related stories, comments and
 * footer), all text written for these tests. The parser must give the headline, the authors, the
 * publication time with its zone, the language and the article's text alone, from the page itself
 * (no hints from a feed).
 */
class InternationalTemplatesTest {

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String url, String fixture) throws Exception {
        return parse(url, fixture, new String[0]);
    }

    /** @param cuts pieces of the fixture's markup to remove first: its metadata, to read what the page only shows */
    private Article parse(String url, String fixture, String... cuts) throws Exception {
        String html = new String(read(fixture), StandardCharsets.UTF_8);
        for (String cut : cuts) {
            if (!html.contains(cut)) {
                throw new IllegalArgumentException("not in " + fixture + ": " + cut);
            }
            html = html.replace(cut, "");
        }
        return parser.parse(unhinted(url, html));
    }

    /** Asserts the article's kind, headline, authors, publication time, language, site name and exact text, in that order. */
    private static void assertArticle(Article a, String title, List<String> authors, String published, String language,
            String siteName, String... paragraphs) {
        assertEquals(PageKind.ARTICLE, a.kind);
        assertEquals(title, a.title);
        assertEquals(authors, a.authors);
        assertEquals(published, a.published);
        assertEquals(language, a.language);
        assertEquals(siteName, a.siteName);
        assertEquals(String.join("\n\n", paragraphs), a.text);
    }

    /**
     * A French WordPress news theme (JNews-like): Complianz consent banner, top bar with the date,
     * breadcrumbs, "Par" byline, "Publié le 14 septembre 2023 à 12h00", share bars, a "Lire aussi :" line, an
     * ad slot, newsletter box, tags, author box, related posts, comments and the reply form.
     */
    @Test
    void frenchWordPressNewsTheme() throws Exception {
        Article a = parse("https://echo-du-lac.example/2023/09/14/le-marche-couvert-rouvre/", "french-article.html");
        assertArticle(a, "Le marché couvert rouvre ses portes après deux ans de travaux",
                List.of("Claire Dubois"), "2023-09-14T12:00:00+02:00", "fr-FR", "L'Écho du Lac",
                "Après deux ans de travaux, le marché couvert de la place Carnot a rouvert ses portes samedi matin. Dès sept heures, une longue file de clients attendait devant les grilles.",
                "La charpente métallique, qui datait de 1908, a été entièrement restaurée, et la toiture laisse désormais passer la lumière du jour. Les étals ont été refaits à l'identique.",
                "Trente commerçants sur place",
                "Trente commerçants ont retrouvé leur emplacement, dont six nouveaux venus. « Nous avons attendu ce jour avec impatience », confie une fromagère installée sous la halle depuis vingt ans.",
                "Le chantier a coûté 4,2 millions d'euros, financés pour moitié par la commune. Le marché sera ouvert du mardi au dimanche, de sept heures à treize heures.");
    }

    /**
     * A Spanish Drupal newspaper: EU cookie compliance popup, today's date in the banner, breadcrumb, kicker,
     * standfirst, "Por" byline with the label apart, "Publicado: 14/09/2023 12:00 CEST" (the only date the
     * page gives), share links, a "Te puede interesar" box among the paragraphs, newsletter, tags, related
     * view, comments.
     */
    @Test
    void spanishDrupalNewspaper() throws Exception {
        Article a = parse("https://diariodelvalle.example/ciudad/el-ayuntamiento-aprueba-el-nuevo-plan-de-bicicletas-publicas", "spanish-article.html");
        assertArticle(a, "El Ayuntamiento aprueba el nuevo plan de bicicletas públicas",
                List.of("Lucía Fernández Ortega"), "2023-09-14T12:00:00+02:00", "es", "Diario del Valle",
                "El servicio contará con 600 bicicletas eléctricas repartidas en 40 estaciones.",
                "El pleno del Ayuntamiento aprobó este jueves, con los votos de todos los grupos salvo uno, el nuevo plan de bicicletas públicas, que estará en marcha antes del próximo verano.",
                "El servicio contará con 600 bicicletas eléctricas repartidas en 40 estaciones, la mayoría junto a paradas de autobús y a los dos centros de salud de la ciudad.",
                "El abono anual costará 30 euros, y los primeros treinta minutos de cada trayecto serán gratuitos. Los menores de 25 años pagarán la mitad.",
                "«Queremos que la bicicleta sea la forma más cómoda de moverse por el centro», afirmó la concejala de Movilidad durante el debate.");
    }

    /**
     * A Brazilian portal (Globo-like): LGPD banner, "Por ..., Jornal da Serra — Nova Esperança" byline,
     * "14/09/2023 12h00 · Atualizado há 3 horas", share bar, a "Leia também" box, newsletter, "Veja mais
     * sobre" tags, most-read list, comments.
     */
    @Test
    void brazilianPortugueseNewsPortal() throws Exception {
        Article a = parse("https://jornaldaserra.example/cidades/noticia/2023/09/14/prefeitura-inaugura-parque-linear.ghtml", "portuguese-article.html");
        assertArticle(a, "Prefeitura inaugura parque linear às margens do rio",
                List.of("Mariana Souza"), "2023-09-14T12:00:00-03:00", "pt-BR", "Jornal da Serra",
                "A Prefeitura de Nova Esperança inaugurou nesta quinta-feira (14) o parque linear que acompanha o rio por quatro quilômetros, do bairro Vila Nova até o centro.",
                "O espaço tem ciclovia, pista de caminhada, três áreas de lazer com brinquedos e uma academia ao ar livre. A obra custou R$ 18 milhões e levou dois anos.",
                "Segundo a secretária de Meio Ambiente, a margem do rio foi recuperada com o plantio de mais de duas mil mudas de espécies nativas.",
                "O parque funciona todos os dias, das 6h às 22h, e terá segurança 24 horas. A entrada é gratuita.");
    }

    /**
     * An Italian regional paper: iubenda banner, date in the masthead, "di Marco Rossi" in span.articolo-
     * autore, "14 settembre 2023 | 12:00", "Leggi anche:" line, newsletter box, tags, "Potrebbe interessarti
     * anche" cards, comments, a footer with the court registration.
     */
    @Test
    void italianRegionalNewspaper() throws Exception {
        Article a = parse("https://corrieredellavalle.example/cronaca/2023/09/14/riapre-il-ponte-sul-torrente", "italian-article.html");
        assertArticle(a, "Riapre il ponte sul torrente dopo otto mesi di lavori",
                List.of("Marco Rossi"), "2023-09-14T12:00:00+02:00", "it", "Corriere della Valle",
                "Dopo otto mesi di lavori il ponte sul torrente Varo è stato riaperto al traffico questa mattina. Alla cerimonia erano presenti il sindaco e i vigili del fuoco che avevano lavorato durante l'alluvione.",
                "Il ponte era stato chiuso a gennaio, quando la piena aveva danneggiato uno dei due piloni. I lavori sono costati circa un milione e mezzo di euro.",
                "«Per otto mesi chi abitava sull'altra sponda ha dovuto fare un giro di venti chilometri», ha ricordato il sindaco. «Oggi restituiamo alla valle un collegamento fondamentale».",
                "Il ponte resterà chiuso ai mezzi pesanti fino alla fine di ottobre, quando saranno completate le prove di carico.");
    }

    /**
     * A Polish news site: RODO consent popup, "Autor:" byline, "14.09.2023, 12:00", a lead paragraph, share
     * bar, "Przeczytaj również:" line, newsletter, "Tagi:", "Zobacz także" list with dates, comments.
     */
    @Test
    void polishNewsSite() throws Exception {
        Article a = parse("https://gazeta-nadwislanska.example/region/nowa-linia-tramwajowa", "polish-article.html");
        assertArticle(a, "Nowa linia tramwajowa połączy dworzec z osiedlem Zielone Wzgórze",
                List.of("Katarzyna Nowak"), "2023-09-14T12:00:00+02:00", "pl", "Gazeta Nadwiślańska",
                "Budowa ma się rozpocząć wiosną, a pierwsze tramwaje pojadą za dwa lata. Miasto otrzymało na ten cel dofinansowanie z funduszy unijnych.",
                "Rada miasta zatwierdziła w czwartek projekt nowej linii tramwajowej, która połączy dworzec główny z osiedlem Zielone Wzgórze. Trasa będzie miała niemal pięć kilometrów.",
                "Na linii powstanie jedenaście przystanków, a tramwaje będą kursować co siedem minut w godzinach szczytu. Koszt inwestycji oszacowano na 320 milionów złotych.",
                "– Mieszkańcy osiedla czekali na tę decyzję od lat. Dziś dojazd do centrum zajmuje im ponad pół godziny – powiedział prezydent miasta.",
                "Przetarg na wykonawcę ma zostać ogłoszony jeszcze w tym roku.");
    }

    /**
     * A Russian city news site: cookie warning, weather in the header, breadcrumbs, "14.09.2023, 12:00" with
     * microdata, view count, "Читайте также:" line among the paragraphs, "Автор:" after the text, share links,
     * "Теги:", a Telegram box, related list, comments, the media registration in the footer.
     */
    @Test
    void russianNewsSite() throws Exception {
        Article a = parse("https://vechernie-vesti.example/news/2023/09/14/tehnopark/", "russian-article.html");
        assertArticle(a, "В городе открылся новый детский технопарк",
                List.of("Иван Петров"), "2023-09-14T12:00:00+03:00", "ru", "Вечерние Вести",
                "В четверг на улице Гагарина открылся детский технопарк. В нём будут заниматься более тысячи школьников со всего города.",
                "В технопарке работают лаборатории робототехники, программирования и биологии. Занятия бесплатные, записаться можно на сайте городского управления образования.",
                "«Мы хотим, чтобы дети могли попробовать себя в настоящей инженерной работе», — сказала директор технопарка на церемонии открытия.",
                "Здание технопарка реконструировали за полтора года. Раньше в нём размещался заводской клуб.");
    }

    /**
     * A Turkish news site: KVKK cookie bar, currency ticker in the header, breadcrumb, spot (standfirst), a
     * meta line "Ayşe Yılmaz Giriş: 14.09.2023 12:00 Güncelleme: 14.09.2023 16:30" whose author box is
     * span.yazar, share links, "İlgili Haber" box, "Etiketler:", e-bulletin box, "Benzer Haberler" cards,
     * comments.
     */
    @Test
    void turkishNewsSite() throws Exception {
        Article a = parse("https://egepostasi.example/gundem/belediye-sahil-yolunu-yayalara-aciyor-48213", "turkish-article.html");
        assertArticle(a, "Belediye sahil yolunu yayalara açıyor",
                List.of("Ayşe Yılmaz"), "2023-09-14T12:00:00+03:00", "tr", "Ege Postası",
                "Sahil yolu hafta sonları araç trafiğine kapatılacak, yol boyunca bisiklet ve yürüyüş alanları oluşturulacak.",
                "Büyükşehir Belediyesi, sahil yolunu ekim ayından itibaren hafta sonları araç trafiğine kapatma kararı aldı. Karar, belediye meclisinde oy birliğiyle kabul edildi.",
                "Yaklaşık üç kilometrelik yol cumartesi ve pazar günleri sabah sekizden akşam sekize kadar yalnızca yayalar ve bisikletliler tarafından kullanılabilecek.",
                "Belediye başkanı, uygulamanın yaz aylarında yapılan deneme sırasında büyük ilgi gördüğünü belirterek \"Sahil artık kentin ortak bahçesi olacak\" dedi.",
                "Esnaf ise kararın ilk haftalarda satışları nasıl etkileyeceğini izleyeceğini açıkladı.");
    }

    /**
     * A Japanese newspaper: cookie consent, global navigation, topic path, "2023年9月14日 12時00分" and "田中 太郎 記者",
     * SNS share list, "【関連記事】" line, keyword tags, mail-magazine box, ranking and "あわせて読みたい" lists; text
     * written without spaces.
     */
    @Test
    void japaneseNewspaper() throws Exception {
        Article a = parse("https://minato-shimbun.example/articles/20230914-00001234", "japanese-article.html");
        assertArticle(a, "市立図書館が全面改装、来月から夜間開館へ",
                List.of("田中 太郎"), "2023-09-14T12:00:00+09:00", "ja", "みなと新聞",
                "市立中央図書館は、約一年にわたる改装工事を終え、十月一日から新しい施設として再開すると発表した。平日の開館時間を午後九時まで延長し、仕事帰りの市民も利用しやすくする。",
                "改装では、一階に子ども向けの読み聞かせ室を新設したほか、二階の学習スペースを百二十席に増やした。館内には無料の無線LANも整備された。",
                "館長は「図書館を、本を借りるだけでなく、人が集まる場所にしたい」と話している。",
                "再開初日には、地元の作家による講演会や古本市も予定されている。");
    }

    /**
     * A Chinese news portal: top bar, "当前位置：" breadcrumb, "2023-09-14 12:00 来源：新华社 记者 李华" info line with a
     * font-size switch, share bar, paragraphs indented with ideographic spaces, "相关阅读：" line, "（责任编辑：王明）",
     * tags, related news, comments, QR code, the ICP licence in the footer.
     */
    @Test
    void chineseNewsPortal() throws Exception {
        Article a = parse("https://binjiang-daily.example/local/2023-09/14/content_1024.html", "chinese-article.html");
        assertArticle(a, "滨江新区首座跨江大桥正式通车",
                List.of("李华"), "2023-09-14T12:00:00+08:00", "zh-CN", "滨江日报",
                "九月十四日上午，滨江新区首座跨江大桥正式通车。大桥全长三点二公里，双向六车道，设计时速八十公里。",
                "据介绍，大桥于二〇二〇年动工，历时三年建成。通车后，两岸之间的车程将由原来的四十分钟缩短至十分钟左右。",
                "大桥两侧还设有人行道和非机动车道，市民可以步行或骑车过江。桥下的江滨公园也将同步开放。",
                "有关负责人表示，大桥的建成将进一步促进两岸经济交流，为新区发展注入新的活力。");
    }

    /**
     * A Korean newspaper CMS: skip link, today's date in the header, breadcrumb, "김민수 기자 / 입력 2023.09.14 12:00
     * / 수정 ..." list, share buttons, "▶ 관련기사:" line, the copyright line under the text, hashtags, newsletter
     * banner, writer box, related news, comments.
     */
    @Test
    void koreanNewspaper() throws Exception {
        Article a = parse("https://hanbit-ilbo.example/news/articleView.html?idxno=100", "korean-article.html");
        assertArticle(a, "도심 하천 복원 사업 마무리… 산책로 5㎞ 새로 열려",
                List.of("김민수"), "2023-09-14T12:00:00+09:00", "ko", "한빛일보",
                "30년 동안 도로 아래 묻혀 있던 도심 하천이 복원 공사를 마치고 14일 시민에게 공개됐다. 하천을 따라 5㎞ 길이의 산책로와 자전거 길도 함께 열렸다.",
                "시는 지난 2020년부터 총 450억 원을 들여 하천을 덮고 있던 도로를 걷어내고 물길을 되살렸다. 하천 주변에는 나무 3천 그루를 새로 심었다.",
                "시장은 개통식에서 \"하천이 시민 모두의 쉼터가 되기를 바란다\"며 \"앞으로 다른 하천도 차례로 복원하겠다\"고 말했다.",
                "시는 여름철 집중호우에 대비해 하천 수위를 실시간으로 알려주는 안내판도 설치했다고 밝혔다.");
    }

    /**
     * The Brazilian page without its JSON-LD: the author from the byline, which names the outlet and the place after
     * the writer ("Por Mariana Souza, Jornal da Serra — Nova Esperança"), the time from its {@code <time>}.
     */
    @Test
    void brazilianPageWithoutJsonLd() throws Exception {
        Article a = parse("https://jornaldaserra.example/cidades/noticia/2023/09/14/prefeitura-inaugura-parque-linear.ghtml",
                "portuguese-article.html", "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Prefeitura inaugura parque linear às margens do rio\",\"datePublished\":\"2023-09-14T12:00:00-03:00\",\"dateModified\":\"2023-09-14T15:20:00-03:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Mariana Souza\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Jornal da Serra\"}}</script>");
        assertEquals(List.of("Mariana Souza"), a.authors);
        assertEquals("2023-09-14T12:00:00-03:00", a.published);
    }

    /**
     * A Hindi news site: cookie consent, e-paper and English-edition links, breadcrumb, summary under the
     * headline, "द्वारा:" byline, "अपडेटेड: 14 सितंबर 2023, 12:00 PM IST", share links, "यह भी पढ़ें:" line,
     * newsletter widget, "टैग्स:", related stories, comments.
     */
    @Test
    void hindiNewsSite() throws Exception {
        Article a = parse("https://nagar-samachar.example/city/new-government-hospital-opens-2023-09-14", "hindi-article.html");
        assertArticle(a, "शहर में खुला नया सरकारी अस्पताल, रोज़ 500 मरीज़ों का होगा इलाज",
                List.of("राहुल शर्मा"), "2023-09-14T12:00:00+05:30", "hi", "नगर समाचार",
                "अस्पताल में 200 बिस्तर, आधुनिक जांच केंद्र और 24 घंटे आपातकालीन सेवा उपलब्ध होगी।",
                "शहर के पूर्वी हिस्से में गुरुवार को नए सरकारी अस्पताल का उद्घाटन किया गया। अस्पताल में 200 बिस्तर हैं और यहां रोज़ करीब 500 मरीज़ों का इलाज हो सकेगा।",
                "अस्पताल में आधुनिक जांच केंद्र, बच्चों का अलग वार्ड और 24 घंटे चलने वाली आपातकालीन सेवा होगी। ओपीडी सुबह नौ बजे से दोपहर दो बजे तक खुली रहेगी।",
                "स्वास्थ्य मंत्री ने कहा कि अब पूर्वी इलाके के लोगों को इलाज के लिए शहर के दूसरे छोर तक नहीं जाना पड़ेगा।",
                "अस्पताल के निर्माण पर करीब 150 करोड़ रुपये खर्च हुए हैं। अगले साल यहां एक नर्सिंग कॉलेज भी शुरू करने की योजना है।");
    }

    /**
     * The Hindi page without its declared time: the date it shows, "12:00 PM IST" a local time (IST has more
     * than one meaning).
     */
    @Test
    void hindiPageWithoutMetadata() throws Exception {
        Article a = parse("https://nagar-samachar.example/city/new-government-hospital-opens-2023-09-14", "hindi-article.html",
                "<meta property=\"article:published_time\" content=\"2023-09-14T12:00:00+05:30\">");
        assertEquals("2023-09-14T12:00:00", a.published);
    }

    /**
     * The Japanese and Korean pages as templates that declare nothing print them: the date and byline come
     * from the page's text.
     */
    @Test
    void eastAsianPagesWithoutMetadata() throws Exception {
        Article ja = parse("https://minato-shimbun.example/articles/20230914-00001234", "japanese-article.html",
                " datetime=\"2023-09-14T12:00:00+09:00\"");
        assertEquals("2023-09-14T12:00:00", ja.published); // "2023年9月14日 12時00分", no zone shown
        assertEquals(List.of("田中 太郎"), ja.authors);
        Article ko = parse("https://hanbit-ilbo.example/news/articleView.html?idxno=100", "korean-article.html",
                "<meta property=\"article:published_time\" content=\"2023-09-14T12:00:00+09:00\">",
                "<meta name=\"author\" content=\"김민수 기자\">");
        assertEquals("2023-09-14T12:00:00", ko.published); // "입력 2023.09.14 12:00", not a comment's date
        assertEquals(List.of("김민수"), ko.authors); // "김민수 기자" in a plain list item under the headline
        Article zh = parse("https://binjiang-daily.example/local/2023-09/14/content_1024.html", "chinese-article.html",
                "<meta property=\"article:published_time\" content=\"2023-09-14T12:00:00+08:00\">");
        assertEquals("2023-09-14T12:00:00", zh.published); // "2023-09-14 12:00" in span.time
        assertEquals(PageKind.ARTICLE, zh.kind);
    }

    /**
     * An Arabic newspaper, right to left: cookie notice, today's date in the top bar, breadcrumbs, "بقلم:" byline,
     * "نُشر في ١٤ سبتمبر ٢٠٢٣ - ١٢:٠٠" in Arabic-Indic digits, view count, share tools, a captioned photo, an
     * "اقرأ أيضا:" box among the paragraphs, tags, newsletter box, related news with dates, comments.
     */
    @Test
    void arabicNewspaper() throws Exception {
        Article a = parse("https://alshatee-news.example/local/2023/09/14/desalination-plant", "arabic-article.html");
        assertArticle(a, "افتتاح محطة لتحلية مياه البحر جنوب المدينة",
                List.of("يوسف العمري"), "2023-09-14T12:00:00+03:00", "ar", "جريدة الشاطئ",
                "افتتح محافظ المنطقة صباح الخميس محطة جديدة لتحلية مياه البحر على الساحل الجنوبي للمدينة، بعد ثلاث سنوات من أعمال البناء.",
                "وتنتج المحطة مئة ألف متر مكعب من المياه يوميا، وهو ما يكفي لتغطية حاجة نحو أربعمئة ألف نسمة، وفق ما أعلنته شركة المياه.",
                "وقال المحافظ في كلمة خلال حفل الافتتاح إن المشروع سينهي الانقطاعات المتكررة للمياه في فصل الصيف، مضيفا أن العمل جار على محطة ثانية في الشمال.",
                "وتعمل المحطة بالطاقة الشمسية جزئيا، إذ أقيمت بجوارها حقول ألواح تغطي ثلث استهلاكها من الكهرباء.");
    }

    /**
     * A Thai news site: PDPA consent banner, menu, breadcrumb, "โดย" byline, "14 ก.ย. 2566 12:00 น." (Buddhist-era
     * year), read count, LINE share, an "อ่านข่าวที่เกี่ยวข้อง :" line among the paragraphs, tags, LINE official
     * account box, related cards, comments; the text has no spaces between words, only between phrases.
     */
    @Test
    void thaiNewsSite() throws Exception {
        Article a = parse("https://khaomuangnuea.example/news/local/123456", "thai-article.html");
        assertArticle(a, "เทศบาลเปิดสวนสาธารณะริมแม่น้ำแห่งใหม่",
                List.of("สมชาย ใจดี"), "2023-09-14T12:00:00+07:00", "th", "ข่าวเมืองเหนือ",
                "เทศบาลนครเปิดสวนสาธารณะริมแม่น้ำแห่งใหม่อย่างเป็นทางการเมื่อวันพฤหัสบดีที่ผ่านมา โดยมีประชาชนในพื้นที่มาร่วมงานเป็นจำนวนมาก",
                "สวนแห่งนี้มีพื้นที่กว่าห้าสิบไร่ มีทางเดินและทางจักรยานเลียบแม่น้ำยาวสามกิโลเมตร รวมทั้งลานออกกำลังกายและสนามเด็กเล่น",
                "นายกเทศมนตรีกล่าวว่า สวนนี้จะเป็นพื้นที่สีเขียวสำหรับทุกคน และเทศบาลจะดูแลความสะอาดและความปลอดภัยตลอดยี่สิบสี่ชั่วโมง",
                "สวนเปิดให้บริการทุกวันตั้งแต่เวลาห้าโมงเช้าถึงสี่ทุ่ม โดยไม่เสียค่าใช้จ่าย");
    }

    /**
     * A Vietnamese news site (VnExpress-like): cookie popup, today's date in the header, breadcrumb with
     * "Thứ năm, 14/9/2023, 12:00 (GMT+7)", the description under the headline, a "Xem thêm:" line, the writer's
     * name alone in bold, right-aligned, as the text's last paragraph; share, topics, newsletter, related news,
     * comments, the licence in the footer. The description stands beside the headline, outside the
     * {@code <article>} that wraps the body alone: the header band's standfirst, which the text leaves out
     * ({@link Ledes}: the development set's gold keeps it as often as not; reading it as the opening cost two dev pages).
     */
    @Test
    void vietnameseNewsSite() throws Exception {
        Article a = parse("https://baosonghong.example/thoi-su/thanh-pho-khanh-thanh-cau-di-bo-qua-song-4650123.html", "vietnamese-article.html");
        assertArticle(a, "Thành phố khánh thành cầu đi bộ qua sông",
                List.of("Minh Anh"), "2023-09-14T12:00:00+07:00", "vi", "Báo Sông Hồng",
                "Sáng 14/9, thành phố tổ chức lễ khánh thành cầu đi bộ qua sông sau hơn một năm thi công. Hàng nghìn người dân đã đến dự và đi thử trên cầu ngay sau buổi lễ.",
                "Cầu có tổng vốn đầu tư khoảng 180 tỷ đồng, mặt cầu lát gỗ, hai bên có ghế ngồi và đèn chiếu sáng. Buổi tối, hệ thống đèn sẽ đổi màu theo chủ đề các ngày lễ.",
                "Theo lãnh đạo thành phố, cây cầu sẽ giúp giảm ùn tắc trên các cầu hiện có và tạo thêm không gian vui chơi cho người dân.",
                "Cầu mở cửa từ 5h đến 23h hằng ngày, cấm xe máy và ôtô.");
    }

    /**
     * An Indonesian news portal: cookie bar, breadcrumb, "Penulis: ... | Editor: ..." line, "Kamis, 14 September
     * 2023 12:00 WIB", share box, a "CITY, Outlet - " dateline opening the text, a "Baca juga:" line, tags, a
     * "follow us on Google News" line, newsletter, related news with "WIB" times, comments.
     */
    @Test
    void indonesianNewsPortal() throws Exception {
        Article a = parse("https://wartanusantara.example/read/2023/09/14/120000/pemkot-resmikan-pasar-tradisional-baru", "indonesian-article.html");
        assertArticle(a, "Pemkot Resmikan Pasar Tradisional Baru di Pusat Kota",
                List.of("Dewi Lestari"), "2023-09-14T12:00:00+07:00", "id", "Warta Nusantara",
                "SURAKARTA, Warta Nusantara - Pemerintah Kota meresmikan pasar tradisional baru di pusat kota pada Kamis (14/9/2023). Pasar dua lantai itu menggantikan bangunan lama yang terbakar tiga tahun lalu.",
                "Pasar baru ini menampung lebih dari 400 pedagang, dengan los sayur dan buah di lantai bawah serta kios pakaian di lantai atas. Pembangunannya menghabiskan dana sekitar Rp 85 miliar.",
                "\"Kami ingin pasar tradisional tetap menjadi pilihan warga, bersih dan nyaman seperti pusat belanja modern,\" kata Wali Kota dalam sambutannya.",
                "Pasar buka setiap hari mulai pukul 05.00 hingga 17.00 WIB, dan dilengkapi lahan parkir untuk 300 sepeda motor.");
    }

    /**
     * The Arabic, Thai and Indonesian pages as templates that declare no author: the byline they print,
     * "بقلم: يوسف العمري", "โดย สมชาย ใจดี", "Penulis: Dewi Lestari | Editor: Budi Santoso" (the editor is no author).
     */
    @Test
    void bylinesWithoutMetadataInArabicThaiAndIndonesian() throws Exception {
        Article ar = parse("https://alshatee-news.example/local/2023/09/14/desalination-plant", "arabic-article.html",
                "<meta name=\"author\" content=\"يوسف العمري\">");
        assertEquals(List.of("يوسف العمري"), ar.authors);
        Article th = parse("https://khaomuangnuea.example/news/local/123456", "thai-article.html",
                ",\"author\":{\"@type\":\"Person\",\"name\":\"สมชาย ใจดี\"}");
        assertEquals(List.of("สมชาย ใจดี"), th.authors);
        Article id = parse("https://wartanusantara.example/read/2023/09/14/120000/pemkot-resmikan-pasar-tradisional-baru",
                "indonesian-article.html", "<meta name=\"author\" content=\"Dewi Lestari\">");
        assertEquals(List.of("Dewi Lestari"), id.authors);
    }

    /**
     * The Arabic page without its declared time: "نُشر في ١٤ سبتمبر ٢٠٢٣ - ١٢:٠٠" in Arabic-Indic digits, a local time,
     * not today's date in the top bar.
     */
    @Test
    void arabicPageWithoutMetadata() throws Exception {
        Article a = parse("https://alshatee-news.example/local/2023/09/14/desalination-plant", "arabic-article.html",
                "<meta property=\"article:published_time\" content=\"2023-09-14T12:00:00+03:00\">");
        assertEquals("2023-09-14T12:00:00", a.published);
    }

    /**
     * The Vietnamese page without its declared time: "Thứ năm, 14/9/2023, 12:00 (GMT+7)" by the breadcrumb, not
     * today's date in the page's header ("Thứ năm, 14/9/2023", no time).
     */
    @Test
    void vietnamesePageWithoutMetadata() throws Exception {
        Article a = parse("https://baosonghong.example/thoi-su/thanh-pho-khanh-thanh-cau-di-bo-qua-song-4650123.html",
                "vietnamese-article.html", "<meta name=\"pubdate\" content=\"2023-09-14T12:00:00+07:00\">");
        assertEquals("2023-09-14T12:00:00+07:00", a.published);
    }

    /** The Thai page without its JSON-LD: "14 ก.ย. 2566 12:00 น.", the Buddhist-era year, a local time. */
    @Test
    void thaiPageWithoutMetadata() throws Exception {
        Article a = parse("https://khaomuangnuea.example/news/local/123456", "thai-article.html",
                "\"datePublished\":\"2023-09-14T12:00:00+07:00\",");
        assertEquals("2023-09-14T12:00:00", a.published);
    }

    /**
     * A Ukrainian city news site: cookie warning, weather in the header, breadcrumbs, "14 вересня 2023, 12:00" in a
     * {@code <time>} without datetime, view count, a "Читайте також:" line, "Автор:" after the text, share links,
     * "Теги:", a Telegram box, related news, comments, the copyright terms in the footer.
     */
    @Test
    void ukrainianNewsSite() throws Exception {
        Article a = parse("https://dniprovyi-visnyk.example/news/2023/09/14/biblioteka/", "ukrainian-article.html");
        assertArticle(a, "У місті відкрили оновлену бібліотеку для підлітків",
                List.of("Олена Коваленко"), "2023-09-14T12:00:00+03:00", "uk", "Дніпровий Вісник",
                "У четвер на вулиці Шевченка після ремонту відкрилася бібліотека для підлітків. Тепер тут є зал для настільних ігор, студія подкастів і кімната для занять.",
                "Бібліотеку ремонтували майже рік. Роботи коштували близько дев'яти мільйонів гривень, частину грошей виділив міжнародний фонд.",
                "«Ми хотіли зробити місце, куди підліткам буде цікаво приходити після уроків», — розповіла директорка бібліотеки під час відкриття.",
                "Бібліотека працює щодня, крім понеділка, з десятої до сьомої вечора. Вхід вільний.");
        Article shown = parse("https://dniprovyi-visnyk.example/news/2023/09/14/biblioteka/", "ukrainian-article.html",
                "<meta property=\"article:published_time\" content=\"2023-09-14T12:00:00+03:00\">");
        assertEquals("2023-09-14T12:00:00", shown.published); // "14 вересня 2023, 12:00", no zone shown
    }

    /**
     * A Greek news site: cookie consent, menu, breadcrumb, a byline in the genitive ("Του Γιώργου Παπαδόπουλου", the
     * author declared in the nominative), "14 Σεπτεμβρίου 2023, 12:00", share buttons, a "Διαβάστε επίσης:" line,
     * tags, newsletter, related articles, comments, footer.
     */
    @Test
    void greekNewsSite() throws Exception {
        Article a = parse("https://foni-kolpou.example/topika/neos-podilatodromos-123", "greek-article.html");
        assertArticle(a, "Νέος ποδηλατόδρομος στο παραλιακό μέτωπο της πόλης",
                List.of("Γιώργος Παπαδόπουλος"), "2023-09-14T12:00:00+03:00", "el", "Η Φωνή του Κόλπου",
                "Παραδόθηκε την Πέμπτη ο νέος ποδηλατόδρομος στο παραλιακό μέτωπο της πόλης, ο οποίος ενώνει το λιμάνι με την πλαζ της ανατολικής πλευράς.",
                "Ο ποδηλατόδρομος έχει μήκος τέσσερα χιλιόμετρα και πλάτος τρία μέτρα, ενώ κατά μήκος του φυτεύτηκαν περισσότερα από διακόσια δέντρα.",
                "«Θέλουμε η παραλία να ανήκει ξανά στους πεζούς και στους ποδηλάτες», δήλωσε ο δήμαρχος κατά την τελετή των εγκαινίων.",
                "Το έργο κόστισε 2,8 εκατομμύρια ευρώ και χρηματοδοτήθηκε από ευρωπαϊκά προγράμματα.");
    }

    /** The Greek page without its declared time: "14 Σεπτεμβρίου 2023, 12:00", the month in the genitive, a local time. */
    @Test
    void greekPageWithoutMetadata() throws Exception {
        Article a = parse("https://foni-kolpou.example/topika/neos-podilatodromos-123", "greek-article.html",
                "<meta property=\"article:published_time\" content=\"2023-09-14T12:00:00+03:00\">");
        assertEquals("2023-09-14T12:00:00", a.published);
    }

    /**
     * A Dutch regional daily: Cookiebot dialog, skip link, subscribe and log-in links, breadcrumb, a label above the
     * headline, "Door Jan de Vries · 14 september 2023, 12:00 · Laatste update: 16:45", share bar, captioned photo, an
     * intro paragraph, a "Lees ook:" line and an ad slot among the paragraphs, newsletter sign-up, topics, related news
     * with dates, comments, the colophon in the footer.
     */
    @Test
    void dutchRegionalDaily() throws Exception {
        Article a = parse("https://dagbladvandedelta.example/regio/gemeente-opent-fietsenstalling-onder-het-station~a4821/", "dutch-article.html");
        assertArticle(a, "Gemeente opent fietsenstalling voor vierduizend fietsen onder het station",
                List.of("Jan de Vries"), "2023-09-14T12:00:00+02:00", "nl-NL", "Dagblad van de Delta",
                "Onder het stationsplein is donderdag een nieuwe fietsenstalling geopend met plek voor ruim vierduizend fietsen. De stalling is de grootste van de provincie.",
                "De bouw duurde bijna drie jaar en kostte 38 miljoen euro. Het Rijk en de provincie betaalden samen de helft van het bedrag, de rest kwam van de gemeente en de spoorbeheerder.",
                "De eerste 24 uur stallen is gratis. Wie zijn fiets langer laat staan, betaalt daarna 1,25 euro per dag. Camera's en een fietsenmaker in de stalling moeten diefstal en lange wachttijden voorkomen.",
                "„We zagen de fietsen overal op de stoep staan”, zegt de wethouder van verkeer. „Nu is er eindelijk genoeg ruimte voor iedereen die met de trein reist.”",
                "De oude stalling naast het busstation gaat in november dicht en wordt daarna afgebroken.");
    }
    /**
     * The Dutch page without its JSON-LD: "Door Jan de Vries" and the {@code <time>} without datetime,
     * "14 september 2023, 12:00", a local time.
     */
    @Test
    void dutchPageWithoutJsonLd() throws Exception {
        Article a = parse("https://dagbladvandedelta.example/regio/gemeente-opent-fietsenstalling-onder-het-station~a4821/", "dutch-article.html",
                "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Gemeente opent fietsenstalling voor vierduizend fietsen onder het station\",\"datePublished\":\"2023-09-14T12:00:00+02:00\",\"dateModified\":\"2023-09-14T16:45:00+02:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Jan de Vries\"},\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"Dagblad van de Delta\"}}</script>");
        assertEquals(List.of("Jan de Vries"), a.authors);
        assertEquals("2023-09-14T12:00:00", a.published);
    }
    /**
     * A Swedish local paper without JSON-LD (meta tags only): consent banner, masthead, breadcrumb, "Av Erik Lindqvist",
     * "Publicerad 14 september 2023 kl. 12.00" and "Uppdaterad ... kl. 15.30", share links, a "Läs också:" line, topics,
     * newsletter, more local news with dates, comments, the responsible publisher in the footer.
     */
    @Test
    void swedishLocalPaper() throws Exception {
        Article a = parse("https://norrlandsbladet.example/nyheter/nytt-badhus-oppnar-i-centrum-efter-tva-ars-bygge", "swedish-article.html");
        assertArticle(a, "Nytt badhus öppnar i centrum efter två års bygge",
                List.of("Erik Lindqvist"), "2023-09-14T12:00:00+02:00", "sv", "Norrlandsbladet",
                "Det nya badhuset i centrum öppnade på torsdagen. Redan innan dörrarna slogs upp stod ett hundratal besökare i kö utanför entrén.",
                "Badhuset har en 25-metersbassäng, en undervisningsbassäng för barn och ett gym. Bygget har kostat 310 miljoner kronor, något mer än kommunen räknade med när beslutet togs.",
                "– Vi har väntat länge på det här. Nu kan skolorna äntligen ha simundervisning här i stan igen, säger kommunalrådet.",
                "Badhuset är öppet alla dagar mellan klockan sex och tjugoen. Barn under sju år badar gratis.");
    }
    /**
     * The Swedish page with no metadata at all: "Av Erik Lindqvist" without its "Av", the published time after "kl."
     * ("kl. 12.00"), not the update's nor a related story's date.
     */
    @Test
    void swedishPageWithoutMetadata() throws Exception {
        Article a = parse("https://norrlandsbladet.example/nyheter/nytt-badhus-oppnar-i-centrum-efter-tva-ars-bygge", "swedish-article.html",
                "<meta property=\"article:published_time\" content=\"2023-09-14T12:00:00+02:00\">",
                "<meta property=\"article:modified_time\" content=\"2023-09-14T15:30:00+02:00\">",
                "<meta name=\"author\" content=\"Erik Lindqvist\">");
        assertEquals(List.of("Erik Lindqvist"), a.authors);
        assertEquals("2023-09-14T12:00:00", a.published);
    }
    /**
     * A Czech regional portal (iDNES-like): Didomi consent popup, portal menu, crumbs, "Autor: Jana Nováková" and
     * "14. září 2023 12:00" (the month in the genitive) with microdata, share links, the perex above the text, a
     * "Čtěte také" box among the paragraphs, topics, newsletter, more news, discussion, the reuse notice in the footer.
     */
    @Test
    void czechRegionalPortal() throws Exception {
        Article a = parse("https://hlasvysociny.example/zpravy/kraj/obec-otevrela-novou-materskou-skolu.A230914_120000_kraj_jno", "czech-article.html");
        assertArticle(a, "Obec otevřela novou mateřskou školu, místo dostanou všechny děti",
                List.of("Jana Nováková"), "2023-09-14T12:00:00+02:00", "cs", "Hlas Vysočiny",
                "Do tří tříd nové školky nastoupilo šedesát dětí z obce i okolních vesnic. Obec už nebude muset odmítat žádné žádosti.",
                "Ve čtvrtek se poprvé otevřely dveře nové mateřské školy v ulici Na Výsluní. Do tří tříd nastoupilo šedesát dětí z obce i okolních vesnic.",
                "Budova má zelenou střechu, tepelné čerpadlo a zahradu s pískovištěm a ovocnými stromy. Stavba stála 52 milionů korun, většinu pokryla dotace z evropských fondů.",
                "„Dosud jsme museli každý rok odmítat desítky žádostí. Teď máme místo pro všechny,“ uvedla starostka obce.",
                "Školka je otevřená ve všední dny od půl sedmé ráno do půl páté odpoledne.");
    }
    /**
     * The Czech page without its JSON-LD and microdata date: "14. září 2023 12:00", the month in the genitive, a local time.
     */
    @Test
    void czechPageWithoutMetadata() throws Exception {
        Article a = parse("https://hlasvysociny.example/zpravy/kraj/obec-otevrela-novou-materskou-skolu.A230914_120000_kraj_jno", "czech-article.html",
                "<script type=\"application/ld+json\">{\"@context\":\"http://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Obec otevřela novou mateřskou školu, místo dostanou všechny děti\",\"datePublished\":\"2023-09-14T12:00:00+02:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jana Nováková\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Hlas Vysočiny\"}}</script>",
                " itemprop=\"datePublished\" content=\"2023-09-14T12:00:00+02:00\"");
        assertEquals(List.of("Jana Nováková"), a.authors);
        assertEquals("2023-09-14T12:00:00", a.published);
    }
    /**
     * A Hebrew local news site, right to left: cookie notice, menu, breadcrumbs, a subtitle under the headline,
     * "מאת יעל כהן | 14 בספטמבר 2023, 12:00" (the month with its preposition), share links, a "קראו גם:" line,
     * tags, newsletter, more articles with dates, talkbacks, footer.
     */
    @Test
    void hebrewNewsSite() throws Exception {
        Article a = parse("https://kol-hamifratz.example/news/local/article/123456", "hebrew-article.html");
        assertArticle(a, "גן ציבורי חדש נפתח בשכונת הנמל",
                List.of("יעל כהן"), "2023-09-14T12:00:00+03:00", "he", "קול המפרץ",
                "אחרי שנתיים של עבודות, לתושבי השכונה יש סוף סוף מקום לבלות בו",
                "גן ציבורי חדש נפתח ביום חמישי בשכונת הנמל, לאחר שנתיים של עבודות. מאות תושבים הגיעו לטקס הפתיחה, ורבים מהם הביאו איתם את ילדיהם.",
                "בגן יש מגרש משחקים לילדים, שבילי הליכה ופינת כלבים מגודרת. עלות הפרויקט הגיעה לכשמונה מיליון שקלים, והעירייה מימנה את רובה.",
                "\"חיכינו לגן הזה שנים\", אמרה ראש העירייה בטקס. \"עכשיו לכל ילד בשכונה יש מקום לשחק קרוב לבית.\"",
                "הגן פתוח בכל ימות השבוע משש בבוקר ועד חצות.");
    }
    /**
     * The Hebrew page without its declared author and time: "מאת יעל כהן" without its "מאת", "14 בספטמבר 2023, 12:00".
     */
    @Test
    void hebrewPageWithoutMetadata() throws Exception {
        Article a = parse("https://kol-hamifratz.example/news/local/article/123456", "hebrew-article.html",
                "<meta property=\"article:published_time\" content=\"2023-09-14T12:00:00+03:00\">",
                "<meta name=\"author\" content=\"יעל כהן\">");
        assertEquals(List.of("יעל כהן"), a.authors);
        assertEquals("2023-09-14T12:00:00", a.published);
    }
    /**
     * A Persian news agency, right to left, in Persian digits: cookie bar, today's Solar Hijri date in the header, menu,
     * breadcrumb, an info line above the headline ("کد خبر: ۴۸۲۹۱۳", the Solar Hijri "۲۳ شهریور ۱۴۰۲ - ۱۲:۰۰" and the
     * Gregorian "۱۴ سپتامبر ۲۰۲۳"), the lead, "نویسنده:" byline, share links (Telegram, WhatsApp, Eitaa), a "بیشتر بخوانید:"
     * line, tags, newsletter, related news with Solar Hijri dates, comments, footer. The declared time is in Tehran's zone.
     */
    @Test
    void persianNewsAgency() throws Exception {
        Article a = parse("https://sepidrud-news.example/news/482913", "persian-article.html");
        assertArticle(a, "کتابخانه مرکزی شهر پس از بازسازی بازگشایی شد",
                List.of("مریم احمدی"), "2023-09-14T12:00:00+03:30", "fa", "خبرگزاری سپیدرود",
                "سالن مطالعه کتابخانه به سیصد صندلی افزایش یافته و بخشی ویژه برای کودکان ساخته شده است.",
                "کتابخانه مرکزی شهر پس از دو سال بازسازی، صبح پنجشنبه با حضور شهردار و گروهی از اهالی فرهنگ بازگشایی شد.",
                "در این بازسازی، سالن مطالعه به سیصد صندلی افزایش یافته و بخش ویژه‌ای برای کودکان و نوجوانان ساخته شده است. هزینه این طرح حدود ۸۵ میلیارد ریال اعلام شده است.",
                "مدیر کتابخانه گفت: «می‌خواهیم کتابخانه به جایی برای دیدار و گفت‌وگو تبدیل شود، نه فقط امانت گرفتن کتاب.»",
                "کتابخانه همه روزه به جز جمعه‌ها از ساعت هشت صبح تا هشت شب باز است.");
    }
    /**
     * The Persian page without its JSON-LD: the Gregorian date it prints beside the Solar Hijri one ("۱۴ سپتامبر ۲۰۲۳",
     * its time only beside the other), and the "نویسنده:" byline.
     */
    @Test
    void persianPageWithoutJsonLd() throws Exception {
        Article a = parse("https://sepidrud-news.example/news/482913", "persian-article.html",
                "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"کتابخانه مرکزی شهر پس از بازسازی بازگشایی شد\",\"datePublished\":\"2023-09-14T12:00:00+03:30\",\"author\":{\"@type\":\"Person\",\"name\":\"مریم احمدی\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"خبرگزاری سپیدرود\"}}</script>");
        assertEquals(List.of("مریم احمدی"), a.authors);
        assertEquals("2023-09-14", a.published);
    }
    /**
     * The Persian page without its JSON-LD and without the Gregorian date: no date, rather than the Solar Hijri year
     * read as a Gregorian one.
     */
    @Test
    void persianPageWithOnlyASolarHijriDate() throws Exception {
        Article a = parse("https://sepidrud-news.example/news/482913", "persian-article.html",
                "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"کتابخانه مرکزی شهر پس از بازسازی بازگشایی شد\",\"datePublished\":\"2023-09-14T12:00:00+03:30\",\"author\":{\"@type\":\"Person\",\"name\":\"مریم احمدی\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"خبرگزاری سپیدرود\"}}</script>",
                " <span class=\"news-date-en\">۱۴ سپتامبر ۲۰۲۳</span>");
        assertEquals(List.of("مریم احمدی"), a.authors);
        assertNull(a.published);
    }
    /**
     * A Hungarian county paper with two authors, named family name first as Hungarian writes them: cookie consent,
     * menu, breadcrumb, section label, "Kovács Anna, Nagy Péter" linked without a label, "2023. szeptember 14. 12:00",
     * share links, the lead, a "Kapcsolódó:" line, tags, newsletter, related stories with dates, comments, imprint.
     */
    @Test
    void hungarianCountyPaperWithTwoAuthors() throws Exception {
        Article a = parse("https://dunantulihirlap.example/helyi/2023/09/ket-ev-utan-atadtak-a-felujitott-vasutallomast", "hungarian-article.html");
        assertArticle(a, "Két év után átadták a felújított vasútállomást",
                List.of("Kovács Anna", "Nagy Péter"), "2023-09-14T12:00:00+02:00", "hu", "Dunántúli Hírlap",
                "Az épület homlokzatát eredeti formájában állították helyre, a váróterem akadálymentes lett.",
                "Két év munka után csütörtökön átadták a felújított vasútállomást. Az épület homlokzatát eredeti formájában állították helyre, a tetőt pedig teljesen kicserélték.",
                "A váróterem akadálymentes lett, az utasok új jegyautomatákat és tájékoztató kijelzőket is használhatnak. A beruházás 4,6 milliárd forintba került.",
                "– Az állomás a város kapuja, ezért fontos volt, hogy méltó állapotba kerüljön – mondta a polgármester az átadáson.",
                "Az állomás előtti téren jövő tavaszig parkoló és buszmegálló is épül.");
    }
    /**
     * The Hungarian page without its JSON-LD: both linked names in the order printed, "2023. szeptember 14. 12:00".
     */
    @Test
    void hungarianPageWithoutJsonLd() throws Exception {
        Article a = parse("https://dunantulihirlap.example/helyi/2023/09/ket-ev-utan-atadtak-a-felujitott-vasutallomast", "hungarian-article.html",
                "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Két év után átadták a felújított vasútállomást\",\"datePublished\":\"2023-09-14T12:00:00+02:00\",\"dateModified\":\"2023-09-14T14:10:00+02:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Kovács Anna\"},{\"@type\":\"Person\",\"name\":\"Nagy Péter\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Dunántúli Hírlap\"}}</script>");
        assertEquals(List.of("Kovács Anna", "Nagy Péter"), a.authors);
        assertEquals("2023-09-14T12:00:00", a.published);
    }
    /**
     * A Romanian local paper that declares neither date nor author: GDPR banner, today's date in the header, menu,
     * breadcrumbs, "de Andrei Popescu" (the label in lower case), "Publicat: 14 septembrie 2023, 12:00", share links, a
     * "Citește și:" line, tags, newsletter, similar articles with dates, comments, footer. The time is local: the page shows no zone.
     */
    @Test
    void romanianLocalPaperWithTheDateOnlyShown() throws Exception {
        Article a = parse("https://gazetademures.example/local/primaria-a-deschis-o-noua-piata-agroalimentara-in-cartierul-nord-id5123", "romanian-article.html");
        assertArticle(a, "Primăria a deschis o nouă piață agroalimentară în cartierul Nord",
                List.of("Andrei Popescu"), "2023-09-14T12:00:00", "ro", "Gazeta de Mureș",
                "Primăria a deschis joi o nouă piață agroalimentară în cartierul Nord, după un an și jumătate de lucrări. Producătorii locali și-au ocupat tarabele încă de la ora șase dimineața.",
                "Piața are 120 de tarabe acoperite, o hală pentru produse lactate și o parcare subterană cu 80 de locuri. Investiția s-a ridicat la 21 de milioane de lei.",
                "„Am vrut ca oamenii din cartier să poată cumpăra legume proaspete fără să traverseze tot orașul”, a declarat primarul la inaugurare.",
                "Piața este deschisă zilnic între orele 6:00 și 20:00, iar duminica până la ora 14:00.");
    }
    /**
     * A Finnish regional paper: consent message, menu, breadcrumb, "Teksti: Mikko Virtanen", "Julkaistu 14.9.2023 klo
     * 12.00", share links, a "Lue myös:" line, topics, newsletter, "Aiheesta lisää" list with dates, comments, footer.
     */
    @Test
    void finnishRegionalPaper() throws Exception {
        Article a = parse("https://jarviseudunsanomat.example/paikalliset/art-2000009812345.html", "finnish-article.html");
        assertArticle(a, "Kaupunginkirjaston uusi lastenosasto avautui",
                List.of("Mikko Virtanen"), "2023-09-14T12:00:00+03:00", "fi", "Järviseudun Sanomat",
                "Kaupunginkirjaston uudistettu lastenosasto avautui torstaina. Ensimmäiset perheet odottivat ovien aukeamista jo ennen kymmentä.",
                "Lastenosastolla on satukirjasto, pelihuone ja askartelutila. Remontti maksoi noin 1,4 miljoonaa euroa ja kesti puolitoista vuotta.",
                "– Halusimme tehdä paikan, jonne lapset tulevat mielellään myös sadepäivinä, kertoo kirjastonjohtaja.",
                "Lastenosasto on auki arkisin kello yhdeksästä kahdeksaan ja viikonloppuisin kymmenestä neljään.");
    }
    /**
     * The Finnish page without its declared author and time: "Teksti: Mikko Virtanen", "14.9.2023 klo 12.00".
     */
    @Test
    void finnishPageWithoutMetadata() throws Exception {
        Article a = parse("https://jarviseudunsanomat.example/paikalliset/art-2000009812345.html", "finnish-article.html",
                "<meta property=\"article:published_time\" content=\"2023-09-14T12:00:00+03:00\">",
                "<meta name=\"author\" content=\"Mikko Virtanen\">");
        assertEquals(List.of("Mikko Virtanen"), a.authors);
        assertEquals("2023-09-14T12:00:00", a.published);
    }
}
