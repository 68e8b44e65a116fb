/**
 * The state store: embedded H2 or PostgreSQL behind {@link org.gazette.api.state.StateStore}, and the
 * {@code gazette:state} command. Not exported.
 */
package org.gazette.state.impl;
