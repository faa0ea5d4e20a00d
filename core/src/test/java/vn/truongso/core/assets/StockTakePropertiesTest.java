package vn.truongso.core.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.truongso.core.assets.StockTake.Discrepancy;
import vn.truongso.core.assets.StockTake.Kind;
import vn.truongso.core.assets.StockTake.Line;

/** Kept apart from the JUnit tests: one class per engine, so Surefire reports both. */
class StockTakePropertiesTest {

    @Provide
    Arbitrary<List<Line>> lines() {
        return Combinators.combine(Arbitraries.of("A", "B", "C"), Arbitraries.of("P1", "P2", "P3", "P4"),
                Arbitraries.integers().between(0, 5)).as((code, room, q) -> new Line(code, null, room, q))
                .list().ofMaxSize(12);
    }

    static int total(List<Line> lines, String code) {
        return lines.stream().filter(l -> l.assetCode().equals(code)).mapToInt(Line::quantity).sum();
    }

    @Property
    void unexplainedDifferencesAddUpToTheTotalDifferencePerCode(@ForAll("lines") List<Line> register,
                                                                @ForAll("lines") List<Line> counted) {
        List<Discrepancy> report = StockTake.compare(register, counted);
        for (String code : List.of("A", "B", "C")) {
            int unexplained = report.stream()
                    .filter(d -> d.assetCode().equals(code) && d.kind() != Kind.FOUND_IN_OTHER_ROOM)
                    .mapToInt(Discrepancy::difference).sum();
            assertThat(unexplained).as(code).isEqualTo(total(counted, code) - total(register, code));
        }
    }

    @Property
    void theRegisterComparedWithItselfIsClean(@ForAll("lines") List<Line> register) {
        assertThat(StockTake.compare(register, register)).isEmpty();
    }
}
