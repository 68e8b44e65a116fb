package org.gazette.example.source;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A made-up news article and the HTML page that shows it. In a real source this would be what
 * you read from a feed or an API.
 *
 * @param title the headline
 * @param summary the standfirst
 * @param author the byline
 * @param published publication time, ISO-8601 with offset
 * @param paragraphs the body
 */
record ExampleArticle(String title, String summary, String author, String published, List<String> paragraphs) {

    private static final List<ExampleArticle> STORIES = List.of(
            new ExampleArticle("Harbour town opens floating library",
                    "Boats bring books to islands without a post office.",
                    "Mara Lindqvist", null, List.of(
                            "The town of Eastwick Harbour opened a library on a converted ferry on Tuesday.",
                            "\"Every island gets a visit once a week,\" said the librarian, Tom Okafor.",
                            "The ferry carries about 4,000 books and a reading room for twelve.")),
            new ExampleArticle("Night trains return to the northern line",
                    "Sleeper service resumes after a five-year pause.",
                    "Jonas Reuter", null, List.of(
                            "Overnight trains will again run between Nordhavn and the capital from June.",
                            "The operator said bookings for the first month had sold out in two days.",
                            "Cabins sleep up to four; a café car stays open until midnight.")),
            new ExampleArticle("Schools test a four-day week",
                    "Twelve schools will try the shorter week for one term.",
                    "Priya Raman", null, List.of(
                            "Twelve secondary schools in Westmoor will teach four longer days a week from September.",
                            "The council will compare attendance and results with other schools at the end of the term.",
                            "Parents' groups asked for childcare on the free day.")),
            new ExampleArticle("Rare orchid found on city roundabout",
                    "Botanists count forty plants beside the ring road.",
                    "Elena Sousa", null, List.of(
                            "A colony of bee orchids has been found on a roundabout in Millbridge.",
                            "The council has agreed to stop mowing the verge until the flowers have set seed.",
                            "Botanists believe the seeds arrived with soil used when the road was built.")));

    private static final OffsetDateTime FIRST = OffsetDateTime.of(2024, 5, 14, 9, 30, 0, 0, ZoneOffset.ofHours(2));

    /**
     * @param n the article number, from 1
     * @return the n-th article: the stories repeat with a numbered headline, one hour apart
     */
    static ExampleArticle number(int n) {
        ExampleArticle story = STORIES.get((n - 1) % STORIES.size());
        String title = n <= STORIES.size() ? story.title : story.title + " (" + n + ")";
        String published = FIRST.minusHours(n - 1L).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return new ExampleArticle(title, story.summary, story.author, published, story.paragraphs);
    }

    /** @return a small, well-formed news page: title, headline, byline, date and paragraphs */
    String html() {
        StringBuilder page = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(title)).append(" | Example News</title>\n")
                .append("<meta name=\"description\" content=\"").append(escape(summary)).append("\">\n")
                .append("</head>\n<body>\n<article>\n")
                .append("<h1>").append(escape(title)).append("</h1>\n")
                .append("<p class=\"standfirst\">").append(escape(summary)).append("</p>\n")
                .append("<p class=\"byline\">By <span class=\"author\">").append(escape(author)).append("</span>, ")
                .append("<time datetime=\"").append(published).append("\">").append(published, 0, 10).append("</time></p>\n");
        for (String paragraph : paragraphs) {
            page.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        return page.append("</article>\n</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
