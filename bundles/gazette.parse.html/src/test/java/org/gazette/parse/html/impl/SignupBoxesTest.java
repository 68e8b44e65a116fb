package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.page;
import static org.gazette.parse.html.impl.Fixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazette.api.model.Article;
import org.gazette.api.model.PageKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Sign-up boxes among an article's paragraphs ({@link SignupBoxes#remove}): the consent line printed
 * after the form, a small box whose title, pitch and privacy line are paragraphs, and content that only sits
 * beside a form; a page whose only text is such a box gives that text.
 */
class SignupBoxesTest {

    private static final String ONE = Fixtures.GREENHOUSE[0];
    private static final String TWO = Fixtures.GREENHOUSE[1];
    private static final String THREE = Fixtures.GREENHOUSE[2];

    private final HtmlParser parser = new HtmlParser(config("10MB"));

    private Article parse(String body) {
        return parser.parse(Fixtures.greenhousePage(body));
    }

    @Test
    void consentLineAfterTheFormGoesWithIt() {
        // utility-class markup: the box's lines are divs, its pitch printed twice (one per screen size) makes it
        // too long for a box of its own, and the consent line is the form's sibling
        String pitch = "Get planting reminders texted to your phone!";
        String box = "<section class=\"my-12 p-[2px]\"><div class=\"p-8 bg-white\"><div class=\"flex flex-col font-sans\">"
                + "<div class=\"font-bold header-300\">Never miss a sowing date</div>"
                + "<div class=\"hidden md:block\">" + pitch + "</div><div class=\"block md:hidden\">" + pitch + "</div>"
                + "<form class=\"flex mt-4\"><input type=tel placeholder=\"Phone number\"><button type=submit>"
                + "<span>Loading...</span><span>Sign Me Up</span></button></form>"
                + "<div class=\"mt-4 text-red\"><svg></svg><div class=\"ml-1\"></div></div>"
                + "<div class=\"mt-4 text-xs\">By signing up, you agree to receive recurring automated text messages "
                + "from Allotment Notes at the number provided. Msg and data rates may apply. Up to 2 messages a week. "
                + "Reply STOP to opt out, HELP for help. Consent is not a condition of purchase. "
                + "See our <a href=/privacy>Privacy Policy</a> and <a href=/terms>Terms of Use</a>.</div>"
                + "</div></div></section>";
        Article a = parse("<article><div class=entry-content>" + paragraphs(ONE, TWO) + box + paragraphs(THREE)
                + "</div></article>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void smallBoxWithParagraphsGoesWhole() {
        // the title, the pitch and the privacy line are paragraphs: three, but all short
        String box = "<div class=banner><picture><img src=/img/seedlings.jpg></picture><div class=bannerContent>"
                + "<p class=bannerTitle>Stay in the loop with our latest guides.</p><p class=bannerSubTitle>Subscribe now!</p>"
                + "<div class=subscriptionForm><form><input type=email id=email><button>subscribe</button></form>"
                + "<div class=policy><p>Your data is processed under our <a href=/privacy>Privacy Policy</a>.</p></div>"
                + "</div></div></div>";
        Article a = parse("<article><div class=entry-content>" + paragraphs(ONE, TWO) + box + paragraphs(THREE)
                + "</div></article>");
        assertEquals(String.join("\n\n", ONE, TWO, THREE), a.text);
    }

    @Test
    void contentBesideAFormStays() {
        // a cost table set in divs beside a quote form, with no paragraph around either: the table is no fine print
        StringBuilder rows = new StringBuilder();
        for (String item : new String[] {"Polycarbonate panels", "Aluminium frame", "Concrete base", "Roof vents",
            "Staging and shelves", "Guttering and water butt", "Delivery and assembly", "Automatic vent openers",
            "Heating and insulation", "Electrics and lighting", "Irrigation kit", "Removal of the old shed"}) {
            rows.append("<tr><td>").append(item).append("</td><td>1 set</td><td>$370</td><td>$491</td></tr>");
        }
        String table = "<div class=\"bg-white border rounded\"><table><tr><th>Item</th><th>Quantity</th><th>Low</th>"
                + "<th>High</th></tr>" + rows + "</table></div>";
        String box = "<div class=\"md:flex\"><div class=\"p-5\"><div>Get a quote from a local builder</div>"
                + "<form><input type=text name=zip><button type=submit>Go</button></form></div>" + table + "</div>";
        Document doc = Jsoup.parse("<article><div class=entry-content>" + paragraphs(ONE, TWO) + box + paragraphs(THREE)
                + "</div></article>");
        SignupBoxes.remove(doc.body(), new TagIndex(doc));
        assertTrue(doc.body().text().contains("Polycarbonate panels"), doc.body().html());
        assertTrue(doc.select("form").isEmpty(), doc.body().html());
    }

    @Test
    void paragraphsSetInDivsAfterAFormStay() {
        // an editor that prints paragraphs as divs: no <p> around the form, no link in the text after it
        String one = ONE + " " + TWO;
        String two = TWO + " " + THREE;
        String three = THREE + " " + ONE;
        String story = "<div class=story><div>" + one + "</div><div class=alerts><form><input type=email>"
                + "<button>Get alerts</button></form></div><div>" + two + "</div><div>" + three + "</div></div>";
        Article a = parse("<article>" + story + "</article>");
        assertEquals(String.join("\n\n", one, two, three), a.text);
    }

    @Test
    void shortBriefWithACommentFormStays() {
        // three short paragraphs of Chinese are a news brief, not a box's title, pitch and privacy line
        String one = "县里的第三个堆肥场周一在环城路旁的回收中心边上开放，居民可以免费送来园林垃圾。";
        String two = "厨余垃圾要等明年春天新厂房建好后才开始接收，市政府预计届时三处场地能处理五分之一的生活垃圾。";
        String three = "市民可以在政府网站上查询每个场地的开放时间和可接收的垃圾种类。";
        Article a = parser.parse(page("https://county.example/zh/news/compost", "新堆肥场开放", "",
                "<div class=article><h1>新堆肥场开放</h1><div class=content>" + paragraphs(one, two, three)
                        + "</div><form class=comment><textarea></textarea><button>发表评论</button></form></div>"));
        assertEquals(String.join("\n\n", one, two, three), a.text);
    }

    @Test
    void aPageWhoseOnlyTextIsASignupBoxGivesIt() {
        Article a = parser.parse(page("https://studio.example/work", "Our work", "",
                "<main><h1>Our work</h1><div class=grid><a href=/w/1><img src=/1.jpg></a><a href=/w/2><img src=/2.jpg></a></div>"
                        + "<div class=quote-box><h3>Start your project</h3><p>Tell us what you need and we reply within a day.</p>"
                        + "<form><input type=email placeholder=Email><button>Send</button></form></div></main>"));
        assertEquals("Start your project\n\nTell us what you need and we reply within a day.", a.text);
        assertEquals(PageKind.OTHER, a.kind); // too little text for an article, but not none
    }
}
