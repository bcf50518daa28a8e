/**
 * The CX pyramid index: how well an experience meets needs, how easy it is and how enjoyable it
 * is, each a net score from the level's rating questions, combined into one index with equal
 * weights or weights derived from each level's effect on loyalty in the user's own data.
 *
 * <p>{@link dev.cxkit.pyramid.CxPyramid.Builder} is mutable and not thread-safe; the index and
 * its weights are immutable and thread-safe.
 */
package dev.cxkit.pyramid;
