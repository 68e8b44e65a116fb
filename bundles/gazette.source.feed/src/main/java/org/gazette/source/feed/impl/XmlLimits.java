package org.gazette.source.feed.impl;

/**
 * Bounds on the structure of an XML document, checked while it is read.
 *
 * @param maxDepth the deepest nesting of elements allowed
 * @param maxElements the most elements allowed in the whole document
 */
record XmlLimits(int maxDepth, int maxElements) {
}
