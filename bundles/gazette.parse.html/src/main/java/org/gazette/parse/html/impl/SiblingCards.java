package org.gazette.parse.html.impl;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.nodes.Element;

/**
 * For {@link CallsToAction}: how many siblings of an element, of its tag and first class, are small
 * cards whose button leads elsewhere than a given target (a list of products, each with its own
 * shop link). Each parent's children are read once per tag and class and kept, not again for each
 * box: a page with thousands of boxes side by side (a list of paragraphs each with a button) took
 * seconds when every box walked all its siblings.
 */
final class SiblingCards {

    private final Tally tally;
    private final int limit;
    private final Map<Element, Map<String, Group>> groups = new IdentityHashMap<>();

    /**
     * @param tally the article's tally
     * @param limit how many characters outside links a card holds at most
     */
    SiblingCards(Tally tally, int limit) {
        this.tally = tally;
        this.limit = limit;
    }

    /**
     * @return how many siblings of {@code el} other than itself share its tag and first class, hold
     *         fewer characters than the limit and a link styled as a button that leads elsewhere than
     *         {@code target}
     */
    int others(Element el, String target) {
        Element parent = el.parent();
        if (parent == null) {
            return 0;
        }
        String tag = el.normalName();
        String first = CallsToAction.firstClass(el);
        Group group = groups.computeIfAbsent(parent, p -> new HashMap<>())
                .computeIfAbsent(tag + ' ' + first, k -> group(parent, tag, first));
        int count = group.leadingElsewhere(target);
        Set<String> own = group.targets.get(el);
        return own != null && leadsElsewhere(own, target) ? count - 1 : count;
    }

    private Group group(Element parent, String tag, String first) {
        Group group = new Group();
        for (Element child = parent.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (!child.normalName().equals(tag) || !CallsToAction.firstClass(child).equals(first) || tally.of(child).chars >= limit) {
                continue;
            }
            Set<String> targets = buttonTargets(child);
            if (targets.isEmpty()) {
                continue;
            }
            group.targets.put(child, targets);
            if (targets.size() == 1) {
                group.onlyTo.merge(targets.iterator().next(), 1, Integer::sum);
            }
        }
        return group;
    }

    /** @return where the links styled as buttons (or inside an element so styled) of a card lead */
    private static Set<String> buttonTargets(Element card) {
        Set<String> targets = new TreeSet<>();
        for (Element a : card.getElementsByTag("a")) {
            if (CallsToAction.isButtonStyled(a) || a.parent() != null && CallsToAction.isButtonStyled(a.parent())) {
                targets.add(CallsToAction.target(a));
            }
        }
        return targets;
    }

    private static boolean leadsElsewhere(Set<String> targets, String target) {
        return targets.size() > 1 || !targets.contains(target);
    }

    /** The small children of one tag and first class that hold a button, with where their buttons lead. */
    private static final class Group {
        /** Each card's button targets (never empty). */
        final Map<Element, Set<String>> targets = new IdentityHashMap<>();
        /** How many cards have all their buttons leading to one target, by target. */
        final Map<String, Integer> onlyTo = new HashMap<>();

        /** @return how many cards have a button leading elsewhere than the target */
        int leadingElsewhere(String target) {
            return targets.size() - onlyTo.getOrDefault(target, 0);
        }
    }
}
