package org.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class BoilerplateLinesTest {

    @Test
    void copyrightNotices() {
        assertTrue(BoilerplateLines.isCopyright("© 2024 The Example Post"));
        assertTrue(BoilerplateLines.isCopyright("Copyright 2023 Example Media Group. All rights reserved."));
        assertTrue(BoilerplateLines.isCopyright("(c) 2022 Harbour Herald"));
        assertTrue(BoilerplateLines.isCopyright("Alle Rechte vorbehalten."));
        assertTrue(BoilerplateLines.isCopyright("Tous droits réservés"));
        // Korean, Japanese and Chinese rights notices, with the circled small c or none
        assertTrue(BoilerplateLines.isCopyright("ⓒ 한빛일보, 무단전재 및 재배포 금지"));
        assertTrue(BoilerplateLines.isCopyright("<저작권자 한빛일보, 무단 전재-재배포 금지>"));
        assertTrue(BoilerplateLines.isCopyright("記事・写真の無断転載を禁じます。"));
        assertTrue(BoilerplateLines.isCopyright("版权所有 晨光网 未经授权禁止转载"));
        // sentences that name the rights, not notices
        assertFalse(BoilerplateLines.isCopyright("漫画の無断転載が相次ぎ、出版社は対策を急いでいる。"));
        assertFalse(BoilerplateLines.isCopyright("版权所有者表示将提起诉讼。"));
        assertFalse(BoilerplateLines.isCopyright("시는 재배포 일정을 다음 달에 발표한다."));
        assertTrue(BoilerplateLines.isCopyright("Todos los derechos reservados"));
        assertFalse(BoilerplateLines.isCopyright("Copyright law was changed by the court ruling on Friday."));
        assertFalse(BoilerplateLines.isCopyright("Copyright license"));
        assertFalse(BoilerplateLines.isCopyright(null));
        assertFalse(BoilerplateLines.isCopyright("© " + "long text ".repeat(30)), "a paragraph, not a notice");
    }

    @Test
    void headingsOfWhatFollowsAnArticle() {
        for (String heading : new String[] {"Related articles", "More from Local News", "You may also like",
            "About the author", "Comments", "Recommended for you", "Mehr zum Thema", "Lesen Sie auch:",
            "À lire aussi", "Artículos relacionados", "Leggi anche", "Lees ook", "Related Products", "Ähnliche Produkte",
            "Produits similaires", "Productos relacionados", "Prodotti correlati", "Produtos relacionados",
            "Gerelateerde producten"}) {
            assertTrue(BoilerplateLines.isEndOfArticle(heading), heading);
        }
        assertFalse(BoilerplateLines.isEndOfArticle("Related costs went up"));
        assertFalse(BoilerplateLines.isEndOfArticle("Related products sold out first"));
        assertFalse(BoilerplateLines.isEndOfArticle("The gates"));
        assertFalse(BoilerplateLines.isEndOfArticle("Notes"), "too often the article's own section");
    }

    @Test
    void readAlsoLinesAndEndHeadingsBeyondWesternEurope() {
        assertTrue(BoilerplateLines.isChrome("Story continues below advertisement"));
        assertTrue(BoilerplateLines.isChrome("Advertisement - Article continues below"));
        assertTrue(BoilerplateLines.isChrome("Article continues after this message"));
        assertTrue(BoilerplateLines.isChrome("Continue reading below"));
        assertTrue(BoilerplateLines.isChrome("Continue reading the main story"));
        assertTrue(BoilerplateLines.isChrome("Listen to this story"));
        assertTrue(BoilerplateLines.isChrome("Artikel anhören"));
        assertFalse(BoilerplateLines.isChrome("Listen to this story of a keeper who stayed on."));
        assertTrue(BoilerplateLines.isChrome("Artikel geht nach der Anzeige weiter"));
        assertTrue(BoilerplateLines.isChrome("La suite après cette publicité"));
        assertTrue(BoilerplateLines.isChrome("La noticia continúa debajo"));
        assertFalse(BoilerplateLines.isChrome("The story continues below the bridge, where the river widens into a lake."));
        assertFalse(BoilerplateLines.isChrome("Sponsored content on social networks has doubled since 2020."));
        assertTrue(BoilerplateLines.isChrome("Читайте также: В микрорайоне Северный построят новую школу"));
        assertTrue(BoilerplateLines.isChrome("Te puede interesar: Récord de cruceristas en febrero"));
        assertTrue(BoilerplateLines.isChrome("También te puede interesar: El muelle, en cifras"));
        assertTrue(BoilerplateLines.isChrome("Voir aussi : Le port en chiffres"));
        assertTrue(BoilerplateLines.isChrome("Leia mais: Porto bate recorde de cruzeiros"));
        assertTrue(BoilerplateLines.isChrome("Potrebbe interessarti: Il porto in cifre"));
        assertFalse(BoilerplateLines.isChrome("Te puede interesar saber que el muelle abrirá en 2027."));
        assertTrue(BoilerplateLines.isChrome("Przeczytaj również: Remont mostu potrwa do grudnia"));
        assertTrue(BoilerplateLines.isChrome("İlgili Haber: Kente 20 kilometre yeni bisiklet yolu"));
        assertTrue(BoilerplateLines.isChrome("相关阅读：新区地铁二号线年底试运行"));
        assertTrue(BoilerplateLines.isChrome("【関連記事】市内の公立学校に電子図書を導入"));
        assertTrue(BoilerplateLines.isChrome("▶ 관련기사: 도심 녹지 늘리기 사업, 내년까지 계속"));
        assertFalse(BoilerplateLines.isChrome("По теме выступил директор технопарка")); // a sentence, no label
        assertFalse(BoilerplateLines.isChrome("【速報】市長が辞任を表明"));
        assertTrue(BoilerplateLines.isEndOfArticle("Читайте также"));
        for (String heading : new String[] {"Most read", "Most viewed stories", "Top stories", "Editor's picks", "Meistgelesen",
                "Les plus lus", "Lo más leído", "I più letti", "Mais lidas", "Meest gelezen", "Noticias relacionadas", "Notícias relacionadas",
                "Articles liés", "Notizie correlate"}) {
            assertTrue(BoilerplateLines.isEndOfArticle(heading), heading);
        }
        assertFalse(BoilerplateLines.isEndOfArticle("Most read books of the year, ranked"));
        assertTrue(BoilerplateLines.isEndOfArticle("Komentarze (2)"));
        assertTrue(BoilerplateLines.isEndOfArticle("Benzer Haberler"));
        assertTrue(BoilerplateLines.isEndOfArticle("相关新闻"));
        assertTrue(BoilerplateLines.isEndOfArticle("あわせて読みたい"));
        assertTrue(BoilerplateLines.isEndOfArticle("댓글 2"));
        assertTrue(BoilerplateLines.isChrome("यह भी पढ़ें: मेट्रो के दूसरे चरण का काम अगले महीने से शुरू होगा"));
        assertTrue(BoilerplateLines.isEndOfArticle("संबंधित ख़बरें"));
        assertTrue(BoilerplateLines.isEndOfArticle("टिप्पणियां"));
        assertTrue(BoilerplateLines.isChrome("ये भी प\u095Dें: नए फ्लाईओवर पर आज से दौड़ेंगी गाड़ियां")); // the precomposed letter with nukta
        assertTrue(BoilerplateLines.isEndOfArticle("संबंधित \u0959बरें"));
    }

    @Test
    void readAlsoLinesAndEndHeadingsInArabicThaiVietnameseAndIndonesian() {
        assertTrue(BoilerplateLines.isChrome("اقرأ أيضا: انقطاع المياه عن ثلاثة أحياء بسبب الصيانة"));
        assertTrue(BoilerplateLines.isChrome("اقرأ أيضاً: افتتاح جسر جديد على النهر"));
        assertTrue(BoilerplateLines.isChrome("อ่านข่าวที่เกี่ยวข้อง : เทศบาลเตรียมปลูกต้นไม้ทั่วเมือง"));
        assertTrue(BoilerplateLines.isChrome("Xem thêm: Mở rộng phố đi bộ quanh hồ"));
        assertTrue(BoilerplateLines.isChrome("Baca juga: Pedagang Kembali Berjualan di Lokasi Sementara"));
        assertFalse(BoilerplateLines.isChrome("Baca juga aturan terbaru sebelum berangkat ke pasar")); // a sentence, no label
        assertTrue(BoilerplateLines.isEndOfArticle("أخبار ذات صلة"));
        assertTrue(BoilerplateLines.isEndOfArticle("ข่าวที่เกี่ยวข้อง"));
        assertTrue(BoilerplateLines.isEndOfArticle("Tin liên quan"));
        assertTrue(BoilerplateLines.isEndOfArticle("Ý kiến (2)"));
        assertTrue(BoilerplateLines.isEndOfArticle("Berita Terkait"));
        assertTrue(BoilerplateLines.isChrome("Читайте також: У школі з'явилося укриття на 500 місць")); // Ukrainian
        assertTrue(BoilerplateLines.isEndOfArticle("Схожі новини"));
        assertTrue(BoilerplateLines.isEndOfArticle("Коментарі (1)"));
        assertTrue(BoilerplateLines.isChrome("Διαβάστε επίσης: Πεζοδρομείται η οδός Ερμού από τον Οκτώβριο")); // Greek
        assertTrue(BoilerplateLines.isEndOfArticle("Σχετικά άρθρα"));
        assertTrue(BoilerplateLines.isEndOfArticle("Σχόλια (1)"));
    }

    @Test
    void referencesHeadings() {
        for (String heading : new String[] {"References", "Sources:", "Footnotes", "Quellen", "Einzelnachweise",
            "Références", "Referencias", "Bibliografia"}) {
            assertTrue(BoilerplateLines.isReferences(heading), heading);
            assertTrue(BoilerplateLines.isEndOfArticle(heading), heading);
        }
        assertFalse(BoilerplateLines.isReferences("References to the old bridge"));
    }

    @Test
    void readingTimes() {
        assertTrue(BoilerplateLines.isReadingTime("5 min read"));
        assertTrue(BoilerplateLines.isReadingTime("Jun 08, 2023 • 11 Minute Read"));
        assertTrue(BoilerplateLines.isReadingTime("Lesezeit: 3 Minuten"));
        assertTrue(BoilerplateLines.isReadingTime("Temps de lecture : 4 min"));
        assertTrue(BoilerplateLines.isReadingTime("Estimated reading time:"));
        assertFalse(BoilerplateLines.isReadingTime("The meeting took 45 minutes."));
    }

    @Test
    void disclosures() {
        assertTrue(BoilerplateLines.isDisclosure("We may earn a commission when you buy through links on our site."));
        assertTrue(BoilerplateLines.isDisclosure("This post contains affiliate links."));
        assertTrue(BoilerplateLines.isDisclosure("Dieser Artikel enthält Provisionslinks."));
        assertTrue(BoilerplateLines.isDisclosure("Purchases made through our links may earn us a commission."));
        assertTrue(BoilerplateLines.isDisclosure("We may be compensated when you click on a link."));
        assertTrue(BoilerplateLines.isDisclosure("We independently test everything we recommend."));
        assertTrue(BoilerplateLines.isDisclosure("Buying through links on our site supports our work."));
        assertFalse(BoilerplateLines.isDisclosure("The commission will meet again in March."));
        assertFalse(BoilerplateLines.isDisclosure("Workers will receive compensation for the lost hours."));
    }

    @Test
    void disclosuresOutsideAsciiAreFoundAsThePatternFoldsCase() {
        // the stems are looked for in the line folded as a (?iu) pattern compares letters
        assertTrue(BoilerplateLines.isDisclosure("We’re reader-supported: we may earn a commission when you buy."));
        assertTrue(BoilerplateLines.isDisclosure("“Sponsored content” — this post contains AFFILIATE LINKS."));
        assertTrue(BoilerplateLines.isDisclosure("Ce texte contient des liens d'affiliation."));
        assertTrue(BoilerplateLines.isDisclosure("We may earn a commiſsion — long s")); // U+017F folds to 's'
        assertTrue(BoilerplateLines.isDisclosure("This post contains affiliate linKs —")); // Kelvin sign folds to 'k'
        assertTrue(BoilerplateLines.isDisclosure("WHY TRUST US — INDEPENDENTLY REVIEWED"));
        assertFalse(BoilerplateLines.isDisclosure("The commission’s report will be out in March."));
    }

    @Test
    void widgetWords() {
        for (String line : new String[] {"Advertisement", "ANZEIGE", "Publicité", "Share this article", "Share on Facebook",
            "Subscribe to our newsletter", "Read more: Bridge repairs start next week", "Related: Ferry fares frozen",
            "Lesen Sie auch: Neue Brücke", "Skip to content", "Table of contents", "Back to top", "Print", "Share this article:",
            "Artikel teilen:", "Partager :"}) {
            assertTrue(BoilerplateLines.isChrome(line), line);
        }
        assertFalse(BoilerplateLines.isChrome("Read more about the plans in the council's report, published on Monday."
                + " The report runs to two hundred pages."));
        assertFalse(BoilerplateLines.isChrome("Share prices fell on Monday."));
    }

    @Test
    void taxonomyLinesAreChrome() {
        for (String line : new String[] {"Tags: bridges, floods, lower town", "Tagged with: ferry", "Filed under: Local news",
            "Schlagwörter: Brücke, Hochwasser", "Étiquettes : pont, crue", "Etiquetas: puente"}) {
            assertTrue(BoilerplateLines.isChrome(line), line);
        }
        assertFalse(BoilerplateLines.isChrome("Tags"), "a label alone is the stray-line rule's");
        assertFalse(BoilerplateLines.isChrome("Tagging every crate took the crew two weeks: the numbers are on the lids."));
    }

    @Test
    void navigationLines() {
        assertTrue(BoilerplateLines.isNavigation("Home » News » Local"));
        assertTrue(BoilerplateLines.isNavigation("News | Sport | Weather | Culture"));
        assertFalse(BoilerplateLines.isNavigation("Home » News"), "two items are not a menu");
        assertFalse(BoilerplateLines.isNavigation("Prices rose 5% / fell 3% / held in the three quarters of the year"));
    }

    @Test
    void photoCredits() {
        assertTrue(BoilerplateLines.isCredit("The new barrier on its opening day. | Photo by Jane Doe"));
        assertTrue(BoilerplateLines.isCredit("Crowds at the harbour. Credit: River News"));
        assertTrue(BoilerplateLines.isCredit("Der neue Radweg. Foto: dpa"));
        assertFalse(BoilerplateLines.isCredit("The photo was taken on Monday."));
    }

    @Test
    void anyCue() {
        assertTrue(BoilerplateLines.isBoilerplate("Advertisement"));
        assertTrue(BoilerplateLines.isBoilerplate("© 2024 Example"));
        assertFalse(BoilerplateLines.isBoilerplate("The council voted on Tuesday."));
        assertFalse(BoilerplateLines.isBoilerplate(null));
    }

    /** The cheap test before the copyright pattern passes every ASCII line the pattern finds a notice in. */
    @Test
    void copyrightPreTestLosesNoAsciiNotice() {
        String[] pieces = {"(c) 2021", "(C)1999", "(c)", "(CNN)", "copyright ", "Copyright by", "COPYRIGHT (c)", "Copyright 2020",
            "all rights reserved", "ALL RIGHTS RESERVED", "All Rights Reserved.", "reserved", "service", "observe",
            "alle rechte vorbehalten", "Alle Rechten Voorbehouden", "tutti i diritti riservati", "todos os direitos reservados",
            "Todos los derechos reservados", "The council met", " ", ". ", "2024", "Example Media", "(", ")"};
        Random random = new Random(3);
        int notices = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder line = new StringBuilder();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                line.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }
            boolean found = BoilerplateLines.COPYRIGHT.matcher(line).find();
            notices += found ? 1 : 0;
            assertEquals(found, BoilerplateLines.isCopyright(line.toString()), line::toString);
        }
        assertTrue(notices > 1_000, "notices among the lines: " + notices);
    }

    @Test
    void readAlsoLinesAndHeadingsOfMoreLanguages() {
        assertTrue(BoilerplateLines.isChrome("Läs också: Skolan får ny idrottshall nästa år"));
        assertTrue(BoilerplateLines.isChrome("Čtěte také: Škola se na rok přestěhuje"));
        assertTrue(BoilerplateLines.isChrome("קראו גם: שביל האופניים יוארך"));
        assertTrue(BoilerplateLines.isChrome("بیشتر بخوانید: سینمای قدیمی شهر بازسازی می‌شود"));
        assertTrue(BoilerplateLines.isChrome("Kapcsolódó: Új menetrend szerint járnak a buszok"));
        assertTrue(BoilerplateLines.isChrome("Citește și: Strada principală va fi reabilitată"));
        assertTrue(BoilerplateLines.isChrome("Lue myös: Uimahallin remontti alkaa"));
        assertFalse(BoilerplateLines.isChrome("Läs också vad kommunen svarade på kritiken")); // a sentence, no label
        assertTrue(BoilerplateLines.isEndOfArticle("Relaterade artiklar"));
        assertTrue(BoilerplateLines.isEndOfArticle("Diskuse (12)"));
        assertTrue(BoilerplateLines.isEndOfArticle("תגובות (1)"));
        assertTrue(BoilerplateLines.isEndOfArticle("نظرات (۱)"));
        assertTrue(BoilerplateLines.isEndOfArticle("Hozzászólások (3)"));
        assertTrue(BoilerplateLines.isEndOfArticle("Articole similare"));
        assertTrue(BoilerplateLines.isEndOfArticle("Aiheesta lisää"));
    }
}
