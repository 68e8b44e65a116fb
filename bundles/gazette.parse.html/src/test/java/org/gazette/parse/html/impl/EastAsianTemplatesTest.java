package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.TemplatePages.assertArticle;
import static org.gazette.parse.html.impl.TemplatePages.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gazette.api.model.Article;
import org.gazette.api.model.PageKind;
import org.junit.jupiter.api.Test;

/**
 * News pages in Japanese, Chinese and Korean, each modelled on how sites in that language build theirs: text
 * written without spaces or indented with ideographic spaces, dates such as "2023年9月14日 12時00分" and
 * "입력 2023.09.14 12:00", reporter lines ("田中 太郎 記者", "记者 李华", "김민수 기자"), "【関連記事】" and "相关阅读："
 * lines, rankings, QR codes and licence footers. Pages that declare their metadata must give it all and the article's
 * text alone; with it cut out they must still give the date and byline they print. (Smaller Korean and Chinese
 * template pieces are in {@link EastAsianNewsTest}.) See {@link TemplatePages}.
 */
class EastAsianTemplatesTest {

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
}
