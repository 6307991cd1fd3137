package edu.lifecycle.benchmarks.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Median, p95 and max of a page's samples, by nearest rank. */
class PageTimesTest {

    @Test
    void twentySamplesGiveTheTenthAsMedianAndTheNineteenthAsP95WhateverTheirOrder() {
        var nanos = new ArrayList<Long>();
        for (long millis = 1; millis <= 20; millis++) {
            nanos.add(millis * 1_000_000);
        }
        Collections.shuffle(nanos, new java.util.Random(7));

        var times = PageTimes.ofNanos(nanos);

        assertThat(times.samples()).isEqualTo(20);
        assertThat(times.median()).isEqualTo(10.0);
        assertThat(times.p95()).isEqualTo(19.0);
        assertThat(times.max()).isEqualTo(20.0);
    }

    @Test
    void oneSlowSampleInTwentyIsTheMaxButNotTheP95() {
        var nanos = new ArrayList<Long>(Collections.nCopies(19, 200_000_000L));
        nanos.add(1_500_000_000L);

        var times = PageTimes.ofNanos(nanos);

        assertThat(times.p95()).isEqualTo(200.0);
        assertThat(times.max()).isEqualTo(1500.0);
    }

    @Test
    void aSingleSampleIsEveryPercentile() {
        var times = PageTimes.ofNanos(List.of(3_400_000L));

        assertThat(times.median()).isEqualTo(3.4);
        assertThat(times.p95()).isEqualTo(3.4);
        assertThat(times.percentile(1)).isEqualTo(3.4);
    }

    @Test
    void aPageWithoutSamplesHasNoTimes() {
        assertThatThrownBy(() -> PageTimes.ofNanos(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
