/**
 * The CX pyramid index: how well an experience meets needs, how easy it is and how enjoyable it
 * is, each a net score from the level's rating questions, combined into one index with equal
 * weights or weights derived from each level's effect on loyalty in the user's own data.
 */
package dev.cxkit.pyramid;
