/**
 * cxkit's core: the domain model, the survey metrics, churn and survival, customer-base models,
 * journeys, drivers and comment analytics. Every feature package is exported; {@code
 * dev.cxkit.internal} (argument checks and the numerics the features share) is not exported to
 * users, and may change in any release.
 *
 * <p>Hipparchus, HdrHistogram and DataSketches publish no module name: on the module path they are
 * automatic modules named after their jars ({@code hipparchus.core}, {@code HdrHistogram}, {@code
 * datasketches.java}). None of their types is part of cxkit's API.
 *
 * <p>{@code dev.cxkit.internal} is exported to cxkit's own modules only, so that every module
 * checks its arguments with the same {@code Checks} (cx-text, cx-micrometer and cx-cli are
 * automatic modules, to which a qualified export applies too). Those modules depend on this one,
 * so none of them is on the module path when it compiles, hence the suppressed warning.
 */
@SuppressWarnings("module")
module dev.cxkit.core {
    requires org.slf4j;
    requires hipparchus.core;
    requires hipparchus.stat;
    requires hipparchus.optim;
    requires HdrHistogram;
    requires datasketches.java;
    requires org.apache.datasketches.memory;

    exports dev.cxkit.ces;
    exports dev.cxkit.churn;
    exports dev.cxkit.clv;
    exports dev.cxkit.csat;
    exports dev.cxkit.drivers;
    exports dev.cxkit.journey;
    exports dev.cxkit.live;
    exports dev.cxkit.model;
    exports dev.cxkit.nps;
    exports dev.cxkit.pyramid;
    exports dev.cxkit.sample;
    exports dev.cxkit.score;
    exports dev.cxkit.scorecard;
    exports dev.cxkit.stats;
    exports dev.cxkit.survival;
    exports dev.cxkit.text;
    exports dev.cxkit.internal to
            dev.cxkit.json,
            dev.cxkit.text.lucene,
            dev.cxkit.micrometer,
            dev.cxkit.cli;
}
