package org.gazette.parse.html.impl;

import static org.gazette.parse.html.impl.Fixtures.config;
import static org.gazette.parse.html.impl.Fixtures.unhinted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.api.model.Article;
import org.gazette.api.model.PageKind;
import org.junit.jupiter.api.Test;

class UnspacedScriptsTest {

    @Test
    void spacedTextCountsItsRuns() {
        assertEquals(0, UnspacedScripts.words(""));
        assertEquals(5, UnspacedScripts.words("The bridge reopened on Thursday."));
        assertEquals(4, UnspacedScripts.words("Мост открыли в четверг."));
        assertEquals(3, UnspacedScripts.words("도심 하천이 복원됐다."));
    }

    @Test
    void chineseAndJapaneseCountTwoCharactersToAWord() {
        assertEquals(3, UnspacedScripts.words("大桥正式通车。")); // 6 ideographs, the full stop a space
        assertEquals(5, UnspacedScripts.words("図書館が、夜間開館へ")); // 9 characters, the comma a space
        assertEquals(3, UnspacedScripts.words("無線LANも")); // a Latin run is a word of its own
        assertEquals(5, UnspacedScripts.words("สวัสดีครับ")); // Thai: 10 characters
    }

    @Test
    void aChineseArticleIsAnArticle() {
        Article a = new HtmlParser(config("10MB")).parse(unhinted("https://river-daily.example/local/bridge.html",
                "<html lang='zh-CN'><head><title>大桥正式通车</title></head><body><div class='article'><h1>大桥正式通车</h1>"
                        + "<div class='content'><p>九月十四日上午，新区首座跨江大桥正式通车。大桥全长三公里，双向六车道。</p>"
                        + "<p>据介绍，大桥历时三年建成。通车后，两岸之间的车程将由四十分钟缩短至十分钟左右。</p>"
                        + "<p>大桥两侧还设有人行道，市民可以步行或骑车过江。桥下的公园也将同步开放。</p></div></div></body></html>"));
        assertEquals(PageKind.ARTICLE, a.kind, a.metadata.get("parse.kindReason"));
    }
}
