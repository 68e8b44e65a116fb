package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The boxes around sign-up forms (newsletters, SMS and e-mail opt-ins), removed from the page before
 * its text is cut into blocks, whatever the page's language: the pitch, the form and the fine print
 * are the site's, not the article's. What was removed can be put back ({@link Removed#restore}): a
 * page whose only text is such a box (a contact page, a portfolio with a quote form) gives that
 * text rather than none.
 */
final class SignupBoxes {

    /** The elements removed, each with where it stood, in the order of removal. */
    static final class Removed {
        /** A removed element, the parent it stood in and its index there. */
        private record Spot(Element element, Element parent, int index) {
        }

        private final List<Spot> spots = new ArrayList<>();

        private void remove(Element el) {
            Element parent = el.parent();
            if (parent == null) {
                return;
            }
            spots.add(new Spot(el, parent, el.siblingIndex()));
            el.remove();
        }

        /** @return true when nothing was removed (most pages) */
        boolean isEmpty() {
            return spots.isEmpty();
        }

        /** Puts every removed element back where it stood, the last removed first. */
        void restore() {
            for (int i = spots.size() - 1; i >= 0; i--) {
                Spot spot = spots.get(i);
                spot.parent().insertChildren(spot.index(), spot.element());
            }
            spots.clear();
        }
    }
    private static final Evaluator FORM_FIELDS = Selector.evaluatorOf("form, input[type=email], input[type=tel]");
    private static final Evaluator PARAGRAPH = Selector.evaluatorOf("p");
    private static final Evaluator HEADLINE = Selector.evaluatorOf("h1");
    /** The fields of an opt-in: a newsletter's e-mail address, an SMS list's phone number. */
    private static final Evaluator OPT_IN_FIELDS = Selector.evaluatorOf("input[type=email], input[type=tel]");

    /** A sign-up box holds less text than this. */
    private static final int SIGNUP_BOX_CHARS = 400;
    /** Below this many characters (see {@link Text#visualLength}) an element around an opt-in field is its box whatever its paragraphs. */
    private static final int TITLED_BOX_CHARS = 200;

    private SignupBoxes() {
    }

    /**
     * Removes the boxes around sign-up forms (newsletters, SMS and e-mail opt-ins), whatever their
     * language: from each form or e-mail/phone field, the largest enclosing element that still holds
     * fewer than three paragraphs and little text. Removing only the form would leave its pitch
     * ("By providing your phone number...") in the body.
     *
     * @param body the page's body, changed in place
     * @param tags the index of the page's tree, as yet unchanged
     * @return what was removed, to be put back if need be
     */
    static Removed remove(Element body, TagIndex tags) {
        Removed removed = new Removed();
        for (Element field : tags.select(body, FORM_FIELDS, "form", "input")) {
            // a field inside a box removed for an earlier field (a form's other inputs) is skipped: climbing its
            // detached box again, judging each level by its text, cost as much as all other fields together, and
            // what it removed there no later step could see
            if (!Trees.within(field, body) || hasLongText(field) || field.text().length() >= SIGNUP_BOX_CHARS) {
                continue; // already removed with an earlier box, or a form that wraps the page (ASP.NET)
            }
            boolean optIn = field.is(OPT_IN_FIELDS) || field.selectFirst(OPT_IN_FIELDS) != null;
            Element box = field;
            for (Element up = box.parent(); up != null && up != body && !hasLongText(up) && isSignupBox(up, optIn); up = up.parent()) {
                box = up;
            }
            if (optIn) {
                removeFinePrint(box, body, removed);
            }
            removed.remove(box);
        }
        return removed;
    }

    /**
     * Removes the fine print printed after an opt-in box ("By signing up, you agree to receive recurring automated
     * messages... See our Privacy Policy"): the box's following siblings, when each is a run of inline text under
     * {@value #SIGNUP_BOX_CHARS} characters that links to a page of terms (a consent line links to the policy it
     * names), and the element around them holds no paragraph and little more text than a box (the pitch, the form,
     * its consent line set in divs). A sibling with blocks of its own (a table, a list) or without a link (a
     * paragraph set in a {@code div}, as some editors print them) is content set beside a form, and all stay.
     */
    private static void removeFinePrint(Element box, Element body, Removed removed) {
        Element around = box.parent();
        if (around == null || around == body || LongText.exceeds(around, 2 * SIGNUP_BOX_CHARS - 1)
                || !around.select(PARAGRAPH).isEmpty()) {
            return;
        }
        List<Element> finePrint = new ArrayList<>();
        for (Element next = box.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            if (!next.hasText()) {
                continue; // an empty slot for a script's message
            }
            if (!isFinePrint(next)) {
                return;
            }
            finePrint.add(next);
        }
        finePrint.forEach(removed::remove);
    }

    /** @return true when an element is a short run of inline text with a link: no block of its own, a consent line's shape */
    private static boolean isFinePrint(Element el) {
        boolean linked = false;
        for (Element d : el.getAllElements()) {
            if (d != el && d.isBlock()) {
                return false;
            }
            linked = linked || d.normalName().equals("a") && d.hasAttr("href");
        }
        return linked && !hasLongText(el);
    }

    /**
     * @param optIn whether the field is an e-mail or phone field, or a form holding one
     * @return true when an element around a sign-up field (one that {@link #hasLongText} let pass) is still its box:
     *         little text in fewer than three paragraphs, or, around an opt-in field, so little text that its
     *         paragraphs are a box's title, pitch and privacy line ({@code <p>Stay informed.</p><p>Subscribe
     *         now!</p><form>...<p>Your information will be processed according to our Privacy Policy.</p>}), not an
     *         article's; a headline's element is never a box, and a character of Chinese, Japanese or Korean counts
     *         twice, as it carries what two of an alphabet do (a news brief of three short paragraphs is no box)
     */
    private static boolean isSignupBox(Element up, boolean optIn) {
        String text = up.text();
        if (text.length() >= SIGNUP_BOX_CHARS) {
            return false;
        }
        return up.select(PARAGRAPH).size() < 3
                || optIn && Text.visualLength(text) < TITLED_BOX_CHARS && up.selectFirst(HEADLINE) == null;
    }

    /** @return true when an element surely holds too much text for a sign-up box, told without building its text */
    private static boolean hasLongText(Element el) {
        return LongText.exceeds(el, SIGNUP_BOX_CHARS - 1);
    }
}
