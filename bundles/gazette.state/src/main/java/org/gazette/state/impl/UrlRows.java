package org.gazette.state.impl;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.gazette.api.state.UrlRecord;
import org.gazette.api.state.UrlState;

/**
 * Maps {@link UrlRecord} fields to the columns of the {@code urls} table and back. Times are stored as
 * timestamps with time zone (so that ordering by first seen is by instant, not by text) and come back
 * in UTC ({@code 2026-11-23T10:00:00Z}), to the microsecond.
 */
final class UrlRows {
    static final String[] COLUMNS = {"url", "host", "source_id", "state", "first_seen", "last_fetched", "next_due",
        "status", "etag", "last_modified", "content_hash", "canonical_url", "article_id", "attempts", "reason", "item"};
    static final String SELECT = "SELECT " + String.join(", ", COLUMNS) + " FROM urls";
    static final String INSERT = "INSERT INTO urls (" + String.join(", ", COLUMNS) + ") VALUES ("
            + "?, ".repeat(COLUMNS.length - 1) + "?)";

    private UrlRows() {
    }

    /**
     * @param r a record to store
     * @throws IllegalArgumentException naming the field when the record cannot be stored
     */
    static void check(UrlRecord r) {
        if (r == null) {
            throw new IllegalArgumentException("UrlRecord is null");
        }
        if (r.url == null || r.url.isBlank()) {
            throw new IllegalArgumentException("UrlRecord.url is empty");
        }
        if (r.url.length() > Schema.MAX_URL_LENGTH) {
            throw new IllegalArgumentException("UrlRecord.url is longer than " + Schema.MAX_URL_LENGTH + " characters: "
                    + r.url.substring(0, 80) + "…");
        }
        if (r.host != null && r.host.length() > Schema.MAX_HOST_LENGTH) {
            throw new IllegalArgumentException("UrlRecord.host is longer than " + Schema.MAX_HOST_LENGTH + " characters");
        }
        if (r.state == null) {
            throw new IllegalArgumentException("UrlRecord.state is null for " + r.url);
        }
        if (r.firstSeen == null) {
            throw new IllegalArgumentException("UrlRecord.firstSeen is null for " + r.url);
        }
        instant("firstSeen", r.firstSeen);
        instant("lastFetched", r.lastFetched);
        instant("nextDue", r.nextDue);
    }

    /** Binds every column, in {@link #COLUMNS} order, from parameter 1. */
    static void bind(PreparedStatement ps, UrlRecord r) throws SQLException {
        int i = 1;
        ps.setString(i++, r.url);
        ps.setString(i++, r.host);
        ps.setString(i++, r.sourceId);
        ps.setString(i++, r.state.name());
        setTime(ps, i++, instant("firstSeen", r.firstSeen));
        setTime(ps, i++, instant("lastFetched", r.lastFetched));
        setTime(ps, i++, instant("nextDue", r.nextDue));
        ps.setInt(i++, r.status);
        ps.setString(i++, r.etag);
        ps.setString(i++, r.lastModified);
        ps.setString(i++, r.contentHash);
        ps.setString(i++, r.canonicalUrl);
        ps.setString(i++, r.articleId);
        ps.setInt(i++, r.attempts);
        ps.setString(i++, r.reason);
        ps.setString(i, r.item);
    }

    /** @return the record of the current row of a result of {@link #SELECT} */
    static UrlRecord read(ResultSet rs) throws SQLException {
        UrlRecord r = new UrlRecord();
        int i = 1;
        r.url = rs.getString(i++);
        r.host = rs.getString(i++);
        r.sourceId = rs.getString(i++);
        r.state = UrlState.valueOf(rs.getString(i++));
        r.firstSeen = time(rs.getObject(i++, OffsetDateTime.class));
        r.lastFetched = time(rs.getObject(i++, OffsetDateTime.class));
        r.nextDue = time(rs.getObject(i++, OffsetDateTime.class));
        r.status = rs.getInt(i++);
        r.etag = rs.getString(i++);
        r.lastModified = rs.getString(i++);
        r.contentHash = rs.getString(i++);
        r.canonicalUrl = rs.getString(i++);
        r.articleId = rs.getString(i++);
        r.attempts = rs.getInt(i++);
        r.reason = rs.getString(i++);
        r.item = rs.getString(i);
        return r;
    }

    private static Instant instant(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text).truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("UrlRecord." + field + " is not an ISO-8601 instant: '" + text + "'", e);
        }
    }

    private static void setTime(PreparedStatement ps, int index, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        }
    }

    private static String time(OffsetDateTime t) {
        return t == null ? null : t.toInstant().toString();
    }
}
