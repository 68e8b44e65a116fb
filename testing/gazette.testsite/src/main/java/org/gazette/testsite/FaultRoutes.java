package org.gazette.testsite;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The pages under {@code /faults/} that misbehave on purpose (the {@code reset} route lives in {@link ResetServer}). */
final class FaultRoutes {

    static final String TOO_MANY = "/faults/429.html";
    static final String BURST = "/faults/503-burst.html";
    static final String STALL = "/faults/stall.html";
    static final String LOOP_A = "/faults/redirect-loop/a";
    static final String LOOP_B = "/faults/redirect-loop/b";
    static final String CHAIN = "/faults/redirect-chain/";
    static final String HUGE = "/faults/huge.html";
    static final String GZIP_BOMB = "/faults/gzip-bomb.html";
    static final String WRONG_CHARSET = "/faults/wrong-charset.html";
    static final String NOT_HTML = "/faults/annual-report";
    static final String GONE = "/faults/gone.html";

    private final Newsroom newsroom;
    private final String baseUrl;
    private final ArticlePages pages;
    private final NewsSite.Limits limits;
    private final CountDownLatch closing;
    private final AtomicInteger tooManyHits = new AtomicInteger();
    private final AtomicInteger burstHits = new AtomicInteger();
    private byte[] gzipBomb;

    /**
     * @param closing counted down when the site closes, which ends a stall early
     */
    FaultRoutes(Newsroom newsroom, String baseUrl, ArticlePages pages, NewsSite.Limits limits,
            CountDownLatch closing) {
        this.newsroom = newsroom;
        this.baseUrl = baseUrl;
        this.pages = pages;
        this.limits = limits;
        this.closing = closing;
    }

    void handle(SiteExchange ex) throws IOException {
        String path = ex.path();
        switch (path) {
            case TOO_MANY -> {
                if (tooManyHits.getAndIncrement() == 0) {
                    ex.responseHeaders().set("Retry-After", "2");
                    Responder.plain(ex, 429, "Too many requests", "Slow down and try again in two seconds.");
                } else {
                    Responder.send(ex, pages.page(newsroom.faultArticle("429")));
                }
            }
            case BURST -> {
                if (burstHits.getAndIncrement() < 2) {
                    Responder.plain(ex, 503, "Service unavailable", "The server is busy. Try again later.");
                } else {
                    Responder.send(ex, pages.page(newsroom.faultArticle("503-burst")));
                }
            }
            case STALL -> stall(ex);
            case LOOP_A -> Responder.redirect(ex, 302, LOOP_B);
            case LOOP_B -> Responder.redirect(ex, 302, "a");
            case CHAIN + "1" -> Responder.redirect(ex, 301, "2");
            case CHAIN + "2" -> Responder.redirect(ex, 302, CHAIN + "3");
            case CHAIN + "3" -> Responder.redirect(ex, 307, baseUrl + newsroom.faultArticle("redirect-chain").path);
            case CHAIN + "article.html" -> Responder.send(ex, pages.page(newsroom.faultArticle("redirect-chain")));
            case HUGE -> huge(ex);
            case GZIP_BOMB -> gzipBomb(ex);
            case WRONG_CHARSET -> Responder.send(ex, wrongCharset());
            case NOT_HTML -> notHtml(ex);
            default -> Responder.plain(ex, 404, "Not found", "There is no page at this address.");
        }
    }

    /** Headers and the first part of an article, then nothing for {@code stallSeconds}, then the rest. */
    private void stall(SiteExchange ex) throws IOException {
        byte[] page = pages.page(newsroom.faultArticle("429")).body();
        ex.responseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.begin(200, page.length);
        if (ex.isHead()) {
            return;
        }
        try (OutputStream out = ex.body()) {
            int part = Math.min(page.length, 1024);
            out.write(page, 0, part);
            out.flush();
            closing.await(limits.stallSeconds(), TimeUnit.SECONDS);
            out.write(page, part, page.length - part);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An endless-looking HTML page, chunked (no Content-Length), generated while it is sent. */
    private void huge(SiteExchange ex) throws IOException {
        ex.responseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.begin(200, 0);
        if (ex.isHead()) {
            return;
        }
        byte[] head = "<!DOCTYPE html>\n<html><head><title>The very long page | The Harbour Courier</title></head><body>\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[64 * 1024];
        byte[] line = "<p>The tide came in, and the tide went out, and the page went on. </p>\n".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < block.length; i++) {
            block[i] = line[i % line.length];
        }
        try (OutputStream out = ex.body()) {
            out.write(head);
            for (long left = limits.hugeBytes() - head.length; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
    }

    private void gzipBomb(SiteExchange ex) throws IOException {
        byte[] body = gzipBombBytes();
        ex.responseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.responseHeaders().set("Content-Encoding", "gzip");
        ex.begin(200, body.length);
        if (!ex.isHead()) {
            try (OutputStream out = ex.body()) {
                out.write(body);
            }
        }
    }

    private synchronized byte[] gzipBombBytes() {
        if (gzipBomb == null) {
            gzipBomb = GzipBomb.build(limits.gzipBombBytes());
        }
        return gzipBomb;
    }

    /** A UTF-8 page (with a UTF-8 meta tag) whose Content-Type header claims ISO-8859-1. */
    private Representation wrongCharset() {
        Representation utf8 = pages.page(newsroom.faultArticle("wrong-charset"));
        return Representation.of(utf8.body(), "text/html; charset=iso-8859-1", utf8.etag(), utf8.lastModified(), true);
    }

    private static void notHtml(SiteExchange ex) throws IOException {
        byte[] pdf = minimalPdf();
        ex.responseHeaders().set("Content-Type", "application/pdf");
        ex.responseHeaders().set("Content-Disposition", "inline; filename=\"annual-report.pdf\"");
        ex.begin(200, pdf.length);
        if (!ex.isHead()) {
            try (OutputStream out = ex.body()) {
                out.write(pdf);
            }
        }
    }

    /** A one-page PDF saying "Annual report" (hand-written; the xref offsets are computed). */
    static byte[] minimalPdf() {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            null,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        String stream = "BT /F1 24 Tf 72 760 Td (Annual report) Tj ET";
        objects[3] = "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream";
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        Arrays.stream(offsets).forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
