package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.TemplatePages.assertArticle;
import static org.gazette.parse.html.impl.TemplatePages.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * News pages in the languages of western and northern Europe (French, Spanish, Brazilian Portuguese, Italian, Dutch,
 * Swedish and Finnish), each modelled on how sites in that language build theirs: the CMS template (WordPress,
 * Drupal, a portal's own), its consent banner, the byline and dateline in the local form ("Par", "Por", "di", "Door",
 * "Av", "Teksti:"; "Publié le ... à 12h00", "kl. 12.00", "klo 12.00"), "read also" lines among the paragraphs,
 * newsletter boxes, tags, related stories, comments and footer. Pages that declare their metadata must give it
 * all and the article's text alone; the same pages with their metadata cut out must still give the author and the
 * time they print. See {@link TemplatePages}.
 */
class WesternEuropeanTemplatesTest {

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
