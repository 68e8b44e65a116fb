package org.gazette.enrich.entities.impl;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gazette.api.model.EntityType;

/**
 * Finds amounts of money ("$5.2 million", "€300", "US$12bn", "40 million euros") and percentages
 * ("5%", "12.5 percent", "3 per cent"). Money is normalised to {@code "<ISO currency> <amount>"}
 * ({@code USD 5200000}), a percentage to its number ({@code 12.5}).
 */
final class AmountFinder {

    /** An amount found: its type, length in tokens and value. */
    record Match(EntityType type, int length, String value) {
    }

    private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY",
            "₹", "INR", "₽", "RUB", "₩", "KRW");
    private static final Map<String, String> PREFIXES = Map.of("US", "USD", "A", "AUD", "C", "CAD", "NZ", "NZD",
            "HK", "HKD", "S", "SGD");
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("dollars", "USD"),
            Map.entry("dollar", "USD"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("pounds", "GBP"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"), Map.entry("rupees", "INR"), Map.entry("roubles", "RUB"),
            Map.entry("rubles", "RUB"), Map.entry("francs", "CHF"), Map.entry("pesos", "MXN"),
            Map.entry("won", "KRW"), Map.entry("reais", "BRL"), Map.entry("rand", "ZAR"));
    private static final Map<String, Long> SCALES = Map.ofEntries(Map.entry("thousand", 1_000L),
            Map.entry("million", 1_000_000L), Map.entry("billion", 1_000_000_000L),
            Map.entry("trillion", 1_000_000_000_000L), Map.entry("m", 1_000_000L), Map.entry("mn", 1_000_000L),
            Map.entry("bn", 1_000_000_000L), Map.entry("k", 1_000L), Map.entry("tn", 1_000_000_000_000L));

    /**
     * @param tokens the tokens
     * @param i where to look
     * @return the amount starting at {@code i}, or {@code null}
     */
    Match match(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String currency = null;
        int number = i;
        if (t.shape == Token.Shape.PUNCT && SYMBOLS.containsKey(t.text)) {
            currency = SYMBOLS.get(t.text);
            number = i + 1;
        } else if (t.shape == Token.Shape.UPPER && PREFIXES.containsKey(t.text) && i + 1 < tokens.size()
                && tokens.get(i + 1).isPunct('$') && tokens.get(i + 1).start == t.end) {
            currency = PREFIXES.get(t.text);
            number = i + 2;
        } else if (t.shape != Token.Shape.NUMBER) {
            return null;
        }
        if (number >= tokens.size() || tokens.get(number).shape != Token.Shape.NUMBER) {
            return null;
        }
        Token digits = tokens.get(number);
        String text = digits.text;
        long scale = 1;
        int end = number + 1;
        String suffix = trailingLetters(text);
        if (!suffix.isEmpty() && SCALES.containsKey(suffix.toLowerCase(Locale.ROOT))) {
            scale = SCALES.get(suffix.toLowerCase(Locale.ROOT));
            text = text.substring(0, text.length() - suffix.length());
        } else if (!suffix.isEmpty()) {
            return null;
        }
        BigDecimal amount = parse(text);
        if (amount == null) {
            return null;
        }
        if (scale == 1 && end < tokens.size() && SCALES.containsKey(tokens.get(end).text.toLowerCase(Locale.ROOT))
                && tokens.get(end).text.length() > 2) {
            scale = SCALES.get(tokens.get(end).text.toLowerCase(Locale.ROOT));
            end++;
        }
        if (currency == null && end < tokens.size()) {
            Token after = tokens.get(end);
            if (after.isPunct('%')) {
                return new Match(EntityType.PERCENT, end - i + 1, amount.toPlainString());
            }
            String a = after.text.toLowerCase(Locale.ROOT);
            if ("percent".equals(a) || "pct".equals(a)) {
                return new Match(EntityType.PERCENT, end - i + 1, amount.toPlainString());
            }
            if ("per".equals(a) && end + 1 < tokens.size() && "cent".equalsIgnoreCase(tokens.get(end + 1).text)) {
                return new Match(EntityType.PERCENT, end - i + 2, amount.toPlainString());
            }
            if (WORDS.containsKey(a)) {
                currency = WORDS.get(a);
                end++;
            }
        }
        if (currency == null) {
            return null;
        }
        return new Match(EntityType.MONEY, end - i, currency + " " + amount.multiply(BigDecimal.valueOf(scale))
                .stripTrailingZeros().toPlainString());
    }

    private static String trailingLetters(String s) {
        int k = s.length();
        while (k > 0 && Character.isLetter(s.charAt(k - 1))) {
            k--;
        }
        return s.substring(k);
    }

    /** "5,000", "5.2", "1,250.75"; {@code null} for anything else. */
    private static BigDecimal parse(String s) {
        if (s.isEmpty() || s.length() > 24) {
            return null;
        }
        StringBuilder plain = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9' || c == '.') {
                plain.append(c);
            } else if (c != ',') {
                return null;
            }
        }
        try {
            return new BigDecimal(plain.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
