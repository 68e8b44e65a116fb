package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.TemplatePages.assertArticle;
import static org.gazette.parse.html.impl.TemplatePages.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * News pages in the languages of central, eastern and south-eastern Europe (Polish, Czech, Hungarian, Romanian,
 * Russian, Ukrainian, Greek and Turkish), in Latin, Cyrillic and Greek script, each modelled on how sites in that
 * language build theirs: consent banners under the local law (RODO, KVKK, GDPR), dates with the month in the
 * genitive ("14. září 2023", "14 вересня 2023", "14 Σεπτεμβρίου 2023") or written year first ("2023. szeptember
 * 14."), bylines in the local form (a Greek one in the genitive, Hungarian names family name first), "read also"
 * lines, tags, related stories, comments and the registration notices in the footer. Pages that declare their
 * metadata must give it all and the article's text alone; the same pages with their metadata cut out must still
 * give the author and the time they print. See {@link TemplatePages}.
 */
class EasternEuropeanTemplatesTest {

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
}
