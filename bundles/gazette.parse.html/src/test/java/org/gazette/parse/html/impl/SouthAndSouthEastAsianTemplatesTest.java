package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.TemplatePages.assertArticle;
import static org.gazette.parse.html.impl.TemplatePages.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * News pages from South and South-East Asia (Hindi, Thai, Vietnamese and Indonesian), each modelled on how sites in
 * that language build theirs: "12:00 PM IST", a Buddhist-era year ("14 ก.ย. 2566"), "(GMT+7)" and "WIB" times, Thai
 * text spaced only between phrases, a "CITY, Outlet - " dateline, a writer's name alone as the last paragraph and a
 * "Penulis: ... | Editor: ..." line. Pages that declare their metadata must give it all and the article's text alone;
 * with it cut out they must still give the author and the time they print (one test reads the Arabic byline
 * alongside the Thai and Indonesian ones). See {@link TemplatePages}.
 */
class SouthAndSouthEastAsianTemplatesTest {

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
}
