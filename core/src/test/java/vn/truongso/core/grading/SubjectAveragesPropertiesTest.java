package vn.truongso.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.From;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of the averages against an independent reference: exact fractions of BigInteger tenths, rounded
 * half-up by integer arithmetic, with no BigDecimal division at all.
 */
class SubjectAveragesPropertiesTest {

    @Provide
    Arbitrary<BigDecimal> score() {
        // Every score a teacher can enter: 0.0, 0.1, …, 10.0
        return Arbitraries.integers().between(0, 100).map(tenths -> BigDecimal.valueOf(tenths, 1));
    }

    @Property
    void termAverageIsTheExactFractionRoundedHalfUp(@ForAll @Size(min = 2, max = 6) List<@From("score") BigDecimal> tx,
                                                   @ForAll("score") BigDecimal gk, @ForAll("score") BigDecimal ck) {
        // In tenths: numerator N = Σtx + 2gk + 3ck (tenths), denominator D = n + 5; average tenths = N / D.
        BigInteger numerator = tenths(gk).multiply(BigInteger.TWO).add(tenths(ck).multiply(BigInteger.valueOf(3)));
        for (BigDecimal s : tx) {
            numerator = numerator.add(tenths(s));
        }
        BigInteger denominator = BigInteger.valueOf(tx.size() + 5);
        // Half-up on non-negative values: floor((2N + D) / 2D).
        BigInteger roundedTenths = numerator.multiply(BigInteger.TWO).add(denominator)
                .divide(denominator.multiply(BigInteger.TWO));
        BigDecimal expected = new BigDecimal(roundedTenths, 1);

        assertThat(SubjectAverages.termAverage(tx, gk, ck, 2)).isEqualTo(Computation.computed(expected));
    }

    @Property
    void termAverageLiesWithinItsInputs(@ForAll @Size(min = 2, max = 6) List<@From("score") BigDecimal> tx,
                                        @ForAll("score") BigDecimal gk, @ForAll("score") BigDecimal ck) {
        BigDecimal min = Collections.min(tx).min(gk).min(ck);
        BigDecimal max = Collections.max(tx).max(gk).max(ck);
        BigDecimal average = ((Computation.Computed<BigDecimal>) SubjectAverages.termAverage(tx, gk, ck, 2)).value();
        // Inputs have one decimal, so rounding to one decimal cannot leave [min, max].
        assertThat(average).isBetween(min, max).isBetween(BigDecimal.ZERO, BigDecimal.TEN);
        assertThat(average.scale()).isEqualTo(1);
    }

    @Property
    void termAverageOfEqualScoresIsThatScore(@ForAll("score") BigDecimal s, @ForAll @IntRange(min = 2, max = 6) int n) {
        assertThat(SubjectAverages.termAverage(Collections.nCopies(n, s), s, s, n)).isEqualTo(Computation.computed(s));
    }

    @Property
    void yearAverageOfEqualTermsIsThatTerm(@ForAll("score") BigDecimal term) {
        assertThat(SubjectAverages.yearAverage(term, term)).isEqualTo(term);
    }

    @Property
    void yearAverageIsTheExactFractionRoundedHalfUp(@ForAll("score") BigDecimal one, @ForAll("score") BigDecimal two) {
        BigInteger numerator = tenths(one).add(tenths(two).multiply(BigInteger.TWO));
        BigInteger three = BigInteger.valueOf(3);
        BigInteger roundedTenths = numerator.multiply(BigInteger.TWO).add(three).divide(three.multiply(BigInteger.TWO));
        assertThat(SubjectAverages.yearAverage(one, two)).isEqualTo(new BigDecimal(roundedTenths, 1));
    }

    @Property
    void missingEndOfTermIsNeverComputed(@ForAll @Size(min = 0, max = 6) List<@From("score") BigDecimal> tx,
                                         @ForAll("score") BigDecimal gk) {
        assertThat(SubjectAverages.termAverage(tx, gk, null, 2)).isInstanceOf(Computation.NotYetComputable.class);
    }

    private static BigInteger tenths(BigDecimal score) {
        return score.movePointRight(1).toBigIntegerExact();
    }
}
