package vn.truongso.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.truongso.core.grading.ClassSummaryCounts.Outcome;
import vn.truongso.core.grading.Promotion.Decision;
import vn.truongso.core.grading.Titles.Title;

/** Kept apart from the JUnit tests: one class per engine, so Surefire reports both. */
class ClassSummaryCountsPropertiesTest {

    @Provide
    Arbitrary<List<Outcome>> classes() {
        Arbitrary<Outcome> outcome = Combinators.combine(
                Arbitraries.of(Level.class).injectNull(0.1),
                Arbitraries.of(Level.class).injectNull(0.1),
                Arbitraries.of(Title.class).injectNull(0.7),
                Arbitraries.of(Decision.class).injectNull(0.2)).as(Outcome::new);
        return outcome.list().ofMaxSize(60);
    }

    @Property
    void everyStudentIsCountedOnceInEachTable(@ForAll("classes") List<Outcome> klass) {
        ClassSummaryCounts c = ClassSummaryCounts.of(klass);
        int n = klass.size();
        assertThat(c.students()).isEqualTo(n);
        assertThat(c.learning().known() + c.learning().notYetKnown()).isEqualTo(n);
        assertThat(c.conduct().known() + c.conduct().notYetKnown()).isEqualTo(n);
        assertThat(c.titles().known() + c.noTitle() + c.titles().notYetKnown()).isEqualTo(n);
        assertThat(c.decisions().known() + c.decisions().notYetKnown()).isEqualTo(n);
    }

    @Property
    void countsMatchAFilter(@ForAll("classes") List<Outcome> klass, @ForAll Level level, @ForAll Decision decision) {
        ClassSummaryCounts c = ClassSummaryCounts.of(klass);
        assertThat(c.learning().count(level)).isEqualTo((int) klass.stream().filter(o -> o.learning() == level).count());
        assertThat(c.decisions().count(decision))
                .isEqualTo((int) klass.stream().filter(o -> o.decision() == decision).count());
    }
}
