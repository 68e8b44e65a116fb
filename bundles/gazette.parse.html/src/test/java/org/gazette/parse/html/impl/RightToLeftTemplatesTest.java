package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.TemplatePages.assertArticle;
import static org.gazette.parse.html.impl.TemplatePages.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * News pages written right to left (Arabic, Hebrew and Persian), each modelled on how sites in that language build
 * theirs: dates in Arabic-Indic or Persian digits, a Hebrew month with its preposition, a Solar Hijri date beside
 * the Gregorian one, bylines behind "بقلم:", "מאת" or "نویسنده:", "read also" lines, tags, related news, comments and
 * footer. Pages that declare their metadata must give it all and the article's text alone; with it cut out they
 * must still give the author and the time they print, and no date rather than a Solar Hijri year read as a
 * Gregorian one. (The Arabic byline without metadata is in {@link SouthAndSouthEastAsianTemplatesTest}, with the
 * Thai and Indonesian ones.) See {@link TemplatePages}.
 */
class RightToLeftTemplatesTest {

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
}
