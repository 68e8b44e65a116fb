package org.gazette.parse.html.impl;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jsoup.nodes.Element;

/**
 * Sets aside the blocks inside furniture ({@code nav}, {@code aside}, hidden elements, ...) and
 * inside elements named as boilerplate ({@link Boilerplate}), unless such an element holds most of
 * the text below the root: then it is not furniture but the article (a page-wide {@code form}, a
 * mis-nested {@code aside}, a layout wrapper called {@code sidebar-content}). {@link BodyText} asks
 * it of the page's blocks before it chooses the container and of the container's blocks after;
 * the walk up from each block to the root, judging each element once, is the costly part and is
 * kept here, apart from the pipeline.
 */
final class BoilerplateBlocks {

    private BoilerplateBlocks() {
    }

    /**
     * @param panels the hidden panels that buttons open, possibly {@code null}: a collapsed
     *        accordion's or tab's text is the article's, though hidden until clicked
     * @return the blocks outside furniture ({@code nav}, {@code aside}, hidden elements, ...), see {@link #without}
     */
    static List<Blocks.Block> withoutFurniture(List<Blocks.Block> blocks, Element root, AccordionPanels panels) {
        return without(blocks, root, el -> Boilerplate.isFurniture(el) && (panels == null || !panels.isPanel(el)));
    }

    /**
     * @param names the boilerplate names judged so far, shared by the passes over the page's and the container's blocks
     * @return the blocks outside elements named as boilerplate, see {@link #without}
     */
    static List<Blocks.Block> withoutNamed(List<Blocks.Block> blocks, Element root, Names names) {
        return without(blocks, root, names::test);
    }

    /**
     * {@link Boilerplate#isBoilerplateName} of each element asked, kept: the passes over the page's and
     * then the container's blocks ask it of mostly the same elements, and reading every class name
     * part by part costs more than a look-up.
     */
    static final class Names {
        private final Map<Element, Boolean> verdicts = new IdentityHashMap<>();

        boolean test(Element el) {
            Boolean known = verdicts.get(el);
            if (known == null) {
                known = Boilerplate.isBoilerplateName(el);
                verdicts.put(el, known);
            }
            return known;
        }
    }

    /**
     * The blocks outside the elements a test sets aside: furniture ({@code nav}, {@code aside}, hidden
     * elements, ...) or elements named as boilerplate. Such an element holding at least half the text
     * below the root is not furniture but the article (a page-wide {@code form}, a mis-nested
     * {@code aside}, a layout wrapper called {@code sidebar-content}).
     *
     * @param blocks blocks below the root
     * @param root the page's body or the article's container
     * @param setsAside whether an element's blocks go, unless it holds most of the text
     */
    private static List<Blocks.Block> without(List<Blocks.Block> blocks, Element root, Predicate<Element> setsAside) {
        SubtreeText text = new SubtreeText(blocks, root);
        Verdict verdict = (el, first) -> setsAside.test(el) && !text.holdsMost(el, first);
        Map<Element, Boolean> inside = new IdentityHashMap<>(blocks.size() * 4);
        List<Element> path = new ArrayList<>(); // reused from block to block
        List<Blocks.Block> kept = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            if (!inside(blocks.get(i).owner(), i, root, verdict, inside, path)) {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    /** Whether an element sets its blocks aside. */
    private interface Verdict {
        /**
         * @param el an element below the root
         * @param first the index of the first block inside it
         */
        boolean test(Element el, int first);
    }

    /**
     * @param block the index of the block whose owner the element is
     * @param known whether each element looked at lies in an element of the verdict below the root
     *        (itself included); filled in here, so that each element is judged once and the blocks
     *        of one box need not each walk up to the root. An element is thus judged at its first
     *        block, as the verdict needs.
     * @param path a list to hold the elements looked at, emptied first (one list for all blocks)
     * @return true when the element or one of its ancestors below the root has the verdict
     */
    private static boolean inside(Element el, int block, Element root, Verdict verdict, Map<Element, Boolean> known,
            List<Element> path) {
        path.clear();
        boolean inside = false;
        for (Element e = el; e != null && e != root; e = e.parent()) {
            Boolean k = known.get(e);
            if (k != null) {
                inside = k;
                break;
            }
            path.add(e);
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            inside = inside || verdict.test(path.get(i), block);
            known.put(path.get(i), inside);
        }
        return inside;
    }
}
