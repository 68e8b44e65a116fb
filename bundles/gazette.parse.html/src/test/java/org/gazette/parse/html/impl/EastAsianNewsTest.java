package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.unhinted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gazette.api.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Korean and Chinese news templates: the reporter's line with an e-mail address and the rights
 * notice that close a Korean story, and the Chinese date line that names the source after the date.
 */
class EastAsianNewsTest {
    private final HtmlParser parser = new HtmlParser(config("10MB"));

    @Test
    void aKoreanStoryClosesWithItsReporterAndARightsNotice() {
        String paragraphs = "<p>시는 다음 달부터 시립도서관 다섯 곳의 야간 개관 시간을 밤 10시까지 늘린다고 14일 밝혔다.</p>"
                + "<p>시 관계자는 \"퇴근 후 도서관을 찾는 시민이 늘어 운영 시간을 조정하게 됐다\"고 설명했다.</p>"
                + "<p>시는 이번 조치로 연간 이용객이 20만 명가량 늘어날 것으로 보고 있다. 도서관별로 야간 전담 인력을 새로 배치할 계획이다.</p>"
                + "<p>야간에는 열람실과 자료실을 모두 이용할 수 있으며, 주말 운영 시간은 기존과 같다.</p>";
        Article a = parser.parse(unhinted("https://hanbit.example/news/2025/03/14/library",
                "<html lang='ko'><head><title>시립도서관 야간 개관 확대 - 한빛일보</title></head><body><div id='article'>"
                        + "<h1>시립도서관 야간 개관 확대</h1><div class='info'><span>입력 2025.03.14 11:20</span></div>"
                        + "<div id='article-body'>" + paragraphs + "<p>홍길동 기자 hong@hanbit.example</p>"
                        + "<p>ⓒ 한빛일보, 무단전재 및 재배포 금지</p></div></div></body></html>"));
        assertEquals(List.of("홍길동"), a.authors);
        assertEquals("2025-03-14T11:20:00", a.published);
        assertEquals(paragraphs.replace("<p>", "").replace("</p>", "\n\n").strip(), a.text);
    }

    @Test
    void aChineseDateLineNamesItsSourceAfterTheDate() {
        Article a = parser.parse(unhinted("https://chenguang.example/news/library.html",
                "<html lang='zh-CN'><head><title>市图书馆延长夜间开放时间_晨光网</title></head><body><div class='main'>"
                        + "<h1>市图书馆延长夜间开放时间</h1><div class='info'>2025-03-14 11:20 来源：晨光日报</div><div class='article'>"
                        + "<p>记者14日从市文化局获悉，从下月起，市内五家图书馆的夜间开放时间将延长至晚上10点。</p>"
                        + "<p>市文化局有关负责人表示，下班后到图书馆学习的市民越来越多，因此调整了开放时间。</p>"
                        + "<p>夜间开放期间，阅览室和资料室均可使用，周末开放时间不变。</p></div></div></body></html>"));
        assertEquals("2025-03-14T11:20:00", a.published);
        assertEquals("date element", a.provenance.get("published"));
    }
}
